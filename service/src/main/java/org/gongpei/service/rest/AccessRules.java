package org.gongpei.service.rest;

import static org.gongpei.service.account.Roles.ADMIN;
import static org.gongpei.service.account.Roles.BUREAU;
import static org.gongpei.service.account.Roles.CONTRACTOR;
import static org.gongpei.service.account.Roles.EVALUATOR;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.gongpei.service.account.ScopedObject;

/**
 * The one table of who may call which endpoint, keyed by {@code "METHOD /path template"}. An endpoint without
 * a row is refused to everybody (403), and {@code AccessRulesTest} fails the build until it has one: a new
 * endpoint gets its row here (see service/README.md).
 */
public final class AccessRules {

    private static final Set<String> EVERY_ROLE = Set.of(CONTRACTOR, BUREAU, EVALUATOR);
    private static final Set<String> ANALYSTS = Set.of(BUREAU, EVALUATOR);
    private static final Set<String> ADMINS = Set.of(ADMIN);

    private static final Map<String, AccessRule> RULES = new LinkedHashMap<>();

    static {
        // Counties: admins import and delete; contractors keep villages, stations and hubs up to date; everybody
        // reads the counties in their scope.
        read("GET /api/v1/counties", EVERY_ROLE, ScopedObject.NONE);
        read("GET /api/v1/counties/{code}", EVERY_ROLE, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/summary", EVERY_ROLE, ScopedObject.COUNTY);
        change("POST /api/v1/counties", ADMINS, ScopedObject.NONE, "county.import");
        change("POST /api/v1/counties/csv", ADMINS, ScopedObject.NONE, "county.import");
        change("DELETE /api/v1/counties/{code}", ADMINS, ScopedObject.COUNTY, "county.delete");
        read("GET /api/v1/counties/{code}/road-check", EVERY_ROLE, ScopedObject.COUNTY);
        change("PUT /api/v1/counties/{code}/villages/{village}", Set.of(CONTRACTOR), ScopedObject.COUNTY, "village.save");
        change("DELETE /api/v1/counties/{code}/villages/{village}", Set.of(CONTRACTOR), ScopedObject.COUNTY,
                "village.remove");
        change("PUT /api/v1/counties/{code}/hubs/{hub}", Set.of(CONTRACTOR), ScopedObject.COUNTY, "hub.save");
        change("DELETE /api/v1/counties/{code}/hubs/{hub}", Set.of(CONTRACTOR), ScopedObject.COUNTY, "hub.remove");

        // Daily plans: contractors plan, change and stop; everybody in the county reads them.
        change("POST /api/v1/counties/{code}/plans", Set.of(CONTRACTOR), ScopedObject.COUNTY, "plan.start");
        change("POST /api/v1/counties/{code}/plans/csv", Set.of(CONTRACTOR), ScopedObject.COUNTY, "plan.start");
        read("GET /api/v1/counties/{code}/plans", EVERY_ROLE, ScopedObject.COUNTY);
        read("GET /api/v1/plans/{id}", EVERY_ROLE, ScopedObject.PLAN);
        read("GET /api/v1/plans/{id}/result", EVERY_ROLE, ScopedObject.PLAN);
        read("GET /api/v1/plans/{id}/events", EVERY_ROLE, ScopedObject.PLAN);
        read("GET /api/v1/plans/{id}/routes/{vehicleId}/geometry", EVERY_ROLE, ScopedObject.PLAN);
        read("GET /api/v1/plans/{id}/sheets", EVERY_ROLE, ScopedObject.PLAN);
        read("GET /api/v1/plans/{id}/revisions/{revision}", EVERY_ROLE, ScopedObject.PLAN);
        change("POST /api/v1/plans/{id}/changes", Set.of(CONTRACTOR), ScopedObject.PLAN, "plan.change");
        change("POST /api/v1/plans/{id}/stop", Set.of(CONTRACTOR), ScopedObject.PLAN, "plan.stop");
        change("DELETE /api/v1/plans/{id}", Set.of(CONTRACTOR), ScopedObject.PLAN, "plan.delete");

        // Fleet and costs: contractors and the bureau save new versions; everybody reads them.
        read("GET /api/v1/counties/{code}/fleet-settings", EVERY_ROLE, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/fleet-settings/versions", EVERY_ROLE, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/fleet-settings/versions/{version}", EVERY_ROLE, ScopedObject.COUNTY);
        change("PUT /api/v1/counties/{code}/fleet-settings", Set.of(CONTRACTOR, BUREAU), ScopedObject.COUNTY,
                "fleet-settings.save");

        // Scenario analyses, calendars and target costs: the bureau runs them; evaluators read them.
        change("POST /api/v1/counties/{code}/analyses", Set.of(BUREAU), ScopedObject.COUNTY, "analysis.start");
        read("GET /api/v1/counties/{code}/analyses", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/analyses/{id}", ANALYSTS, ScopedObject.ANALYSIS);
        read("GET /api/v1/analyses/{id}/events", ANALYSTS, ScopedObject.ANALYSIS);
        read("GET /api/v1/analyses/{id}/scenarios.csv", ANALYSTS, ScopedObject.ANALYSIS);
        read("GET /api/v1/analyses/{id}/cost-to-serve.csv", ANALYSTS, ScopedObject.ANALYSIS);
        read("GET /api/v1/analyses/{id}/subsidy.csv", ANALYSTS, ScopedObject.ANALYSIS);
        read("GET /api/v1/analyses/{id}/export.xlsx", ANALYSTS, ScopedObject.ANALYSIS);
        read("GET /api/v1/analyses/{id}/report", ANALYSTS, ScopedObject.ANALYSIS);
        change("POST /api/v1/counties/{code}/calendars", Set.of(BUREAU), ScopedObject.COUNTY, "calendar.start");
        read("GET /api/v1/calendars/{id}", EVERY_ROLE, ScopedObject.CALENDAR);
        read("GET /api/v1/calendars/{id}/events", EVERY_ROLE, ScopedObject.CALENDAR);
        read("GET /api/v1/calendars/{id}/compliance", EVERY_ROLE, ScopedObject.CALENDAR);
        read("GET /api/v1/calendars/{id}/export.xlsx", EVERY_ROLE, ScopedObject.CALENDAR);
        change("POST /api/v1/counties/{code}/target-costs", Set.of(BUREAU), ScopedObject.COUNTY, "target-cost.start");
        read("GET /api/v1/target-costs/{id}", ANALYSTS, ScopedObject.TARGET_COST);
        read("GET /api/v1/target-costs/{id}/events", ANALYSTS, ScopedObject.TARGET_COST);
        read("GET /api/v1/target-costs/{id}/export.xlsx", ANALYSTS, ScopedObject.TARGET_COST);

        // Province references and the county's remote rule: the bureau (and admins) change them; analysts read them.
        read("GET /api/v1/province-references", ANALYSTS, ScopedObject.NONE);
        change("PUT /api/v1/province-references/{province}/{year}", Set.of(BUREAU), ScopedObject.NONE,
                "province-reference.save");
        change("DELETE /api/v1/province-references/{province}/{year}", Set.of(BUREAU), ScopedObject.NONE,
                "province-reference.delete");
        change("POST /api/v1/province-references/csv", Set.of(BUREAU), ScopedObject.NONE,
                "province-reference.import");
        read("GET /api/v1/counties/{code}/remote-rule", ANALYSTS, ScopedObject.COUNTY);
        change("PUT /api/v1/counties/{code}/remote-rule", Set.of(BUREAU), ScopedObject.COUNTY, "remote-rule.save");

        // Network design (station siting): the bureau runs and stops it; the bureau and evaluators read it.
        change("POST /api/v1/counties/{code}/station-plans", Set.of(BUREAU), ScopedObject.COUNTY,
                "station-plan.start");
        read("GET /api/v1/counties/{code}/station-plans", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/station-plans/{id}", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/station-plans/{id}/events", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/station-plans/{id}/export.xlsx", ANALYSTS, ScopedObject.COUNTY);
        change("POST /api/v1/counties/{code}/station-plans/{id}/stop", Set.of(BUREAU), ScopedObject.COUNTY,
                "station-plan.stop");
        // Network design (hub siting): the same.
        change("POST /api/v1/counties/{code}/hub-plans", Set.of(BUREAU), ScopedObject.COUNTY, "hub-plan.start");
        read("GET /api/v1/counties/{code}/hub-plans", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/hub-plans/{id}", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/hub-plans/{id}/events", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/hub-plans/{id}/export.xlsx", ANALYSTS, ScopedObject.COUNTY);
        change("POST /api/v1/counties/{code}/hub-plans/{id}/stop", Set.of(BUREAU), ScopedObject.COUNTY,
                "hub-plan.stop");

        // Delivery records: evaluators import; the bureau and evaluators read the checks and reports.
        read("GET /api/v1/counties/{code}/carriers", ANALYSTS, ScopedObject.COUNTY);
        change("PUT /api/v1/counties/{code}/carriers", Set.of(EVALUATOR), ScopedObject.COUNTY, "carriers.replace");
        change("POST /api/v1/counties/{code}/records", Set.of(EVALUATOR), ScopedObject.COUNTY, "records.import");
        read("GET /api/v1/counties/{code}/records/batches", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/batches/{seq}", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/verification", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/compliance", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/integrity", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/waybills/{waybill}", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/plan-comparison", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/report.pdf", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/records/report.xlsx", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/indicators", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/indicators/report", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/indicators/export.xlsx", ANALYSTS, ScopedObject.COUNTY);
        read("GET /api/v1/record-imports/{id}", Set.of(EVALUATOR), ScopedObject.RECORD_IMPORT);
        read("GET /api/v1/record-imports/{id}/events", Set.of(EVALUATOR), ScopedObject.RECORD_IMPORT);

        // Provinces: the bureau and evaluators compare the counties they see; the endpoints keep to those counties.
        read("GET /api/v1/provinces", ANALYSTS, ScopedObject.NONE);
        read("GET /api/v1/provinces/{province}/indicators", ANALYSTS, ScopedObject.NONE);
        read("GET /api/v1/provinces/{province}/indicators/export.xlsx", ANALYSTS, ScopedObject.NONE);

        // Road networks: admins upload, cut and register extracts; everybody reads the county's networks.
        change("POST /api/v1/counties/{code}/road-networks", ADMINS, ScopedObject.COUNTY, "roads.upload");
        change("POST /api/v1/counties/{code}/road-networks/cuts", ADMINS, ScopedObject.COUNTY, "roads.cut");
        read("GET /api/v1/counties/{code}/road-networks", EVERY_ROLE, ScopedObject.COUNTY);
        read("GET /api/v1/counties/{code}/road-networks/current", EVERY_ROLE, ScopedObject.COUNTY);
        read("GET /api/v1/road-networks/{id}", EVERY_ROLE, ScopedObject.ROAD_NETWORK);
        read("GET /api/v1/road-networks/{id}/events", EVERY_ROLE, ScopedObject.ROAD_NETWORK);
        change("POST /api/v1/road-extracts", ADMINS, ScopedObject.NONE, "roads.extract-register");
        read("GET /api/v1/road-extracts", ADMINS, ScopedObject.NONE);

        // The caller's own account: every logged-in user, the first two also with a one-time password.
        RULES.put("GET /api/v1/me", new AccessRule(EVERY_ROLE, ScopedObject.NONE, null, true));
        RULES.put("POST /api/v1/me/password", new AccessRule(EVERY_ROLE, ScopedObject.NONE, "password.change", true));
        RULES.put("POST /api/v1/me/logout", new AccessRule(EVERY_ROLE, ScopedObject.NONE, null, true));
        read("GET /api/v1/me/tokens", EVERY_ROLE, ScopedObject.NONE);
        change("POST /api/v1/me/tokens", EVERY_ROLE, ScopedObject.NONE, "token.create");
        change("DELETE /api/v1/me/tokens/{id}", EVERY_ROLE, ScopedObject.NONE, "token.revoke");

        // Users, everybody's tokens and the audit log (evaluators see their counties' events).
        read("GET /api/v1/users", ADMINS, ScopedObject.NONE);
        change("POST /api/v1/users", ADMINS, ScopedObject.NONE, "user.create");
        change("PUT /api/v1/users/{username}", ADMINS, ScopedObject.NONE, "user.change");
        change("DELETE /api/v1/users/{username}", ADMINS, ScopedObject.NONE, "user.delete");
        change("POST /api/v1/users/{username}/password", ADMINS, ScopedObject.NONE, "user.password-reset");
        read("GET /api/v1/tokens", ADMINS, ScopedObject.NONE);
        change("DELETE /api/v1/tokens/{id}", ADMINS, ScopedObject.NONE, "token.revoke");
        read("GET /api/v1/audit", Set.of(EVALUATOR), ScopedObject.NONE);
    }

    private AccessRules() {
    }

    /** The rule of an endpoint, or null when it has none (then nobody may call it). */
    public static AccessRule rule(String key) {
        return RULES.get(key);
    }

    /** Every rule, in table order. */
    public static Map<String, AccessRule> all() {
        return java.util.Collections.unmodifiableMap(RULES);
    }

    private static void read(String key, Set<String> roles, ScopedObject object) {
        RULES.put(key, new AccessRule(roles, object, null, false));
    }

    private static void change(String key, Set<String> roles, ScopedObject object, String auditAction) {
        RULES.put(key, new AccessRule(roles, object, auditAction, false));
    }
}
