package org.gongpei.service.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.gongpei.planning.analysis.ParityOptions;
import org.gongpei.planning.analysis.ProvinceReference;
import org.gongpei.planning.analysis.ScenarioAnalysis;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.service.fleet.CountyFleetTexts;
import org.gongpei.planning.analysis.SubsidyOptions;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.plan.PlanRequests;

/** Checks analysis requests against the county and fills in the defaults. */
public final class AnalysisRequests {

    /** Time limit per solve when the request sets none, seconds. */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    /** The most random seeds an analysis solves every scenario with. */
    public static final int MAX_SOLVER_SEEDS = 5;
    /** Highest price a request may put on a parcel left out, yuan. */
    public static final int MAX_UNSERVED_PENALTY_YUAN = 1000;

    private AnalysisRequests() {
    }

    /**
     * What an analysis takes when its request does not say: the capital's reference of a province for a year, and
     * the county's remote rule.
     *
     * @param references the stored reference of a province for a year (that year's, else the nearest), if any
     * @param remoteRule the county's remote rule, or the default
     */
    public record Defaults(BiFunction<String, Integer, Optional<ProvinceReference>> references, RemoteRule remoteRule) {
    }

    /**
     * @param request the request
     * @param county the county analysed
     * @param defaults the stored references and the county's remote rule
     * @return the options
     * @throws InvalidInputException (422) naming every field that breaks a rule, or 400 without a body
     */
    public static AnalysisOptions check(AnalysisRequest request, CountyNetworkData county, Defaults defaults) {
        return check(request, county, defaults, "body", true);
    }

    /**
     * The options of an analysis of uploaded demand: the request read from a form, checked alike; there is no
     * seed.
     *
     * @param request the form's fields ({@code demandSeed} is ignored)
     * @param county the county analysed
     * @param defaults the stored references and the county's remote rule
     * @return the options, {@code demandSeed} null
     * @throws InvalidInputException (422) naming every field that breaks a rule
     */
    public static AnalysisOptions checkUploaded(AnalysisRequest request, CountyNetworkData county, Defaults defaults) {
        return check(request, county, defaults, "form", false);
    }

    private static AnalysisOptions check(AnalysisRequest request, CountyNetworkData county, Defaults defaults,
            String location, boolean generated) {
        if (request == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The request has no body",
                    List.of(new InputError(location, null, "the request body is empty; it needs at least a date")));
        }
        List<InputError> errors = new ArrayList<>();
        if (request.date() == null) {
            errors.add(new InputError(location, "date", "date is required (yyyy-mm-dd)"));
        }
        int limit = request.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT_SECONDS : request.timeLimitSeconds();
        if (limit < PlanRequests.MIN_TIME_LIMIT_SECONDS || limit > PlanRequests.MAX_TIME_LIMIT_SECONDS) {
            errors.add(new InputError(location, "timeLimitSeconds", "timeLimitSeconds must be "
                    + PlanRequests.MIN_TIME_LIMIT_SECONDS + "–" + PlanRequests.MAX_TIME_LIMIT_SECONDS + " seconds, was " + limit));
        }
        String province = request.province() == null ? county.province() : request.province();
        int analysedYear = request.date() == null ? LocalDate.now().getYear() : request.date().getYear();
        Optional<ProvinceReference> listed = defaults.references().apply(province, analysedYear)
                .or(() -> ProvinceReference.find(ProvinceReference.defaults(), province));
        ProvinceReference reference = null;
        if (request.referenceYuanPerParcel() != null) {
            if (!(request.referenceYuanPerParcel() > 0)) {
                errors.add(new InputError(location, "referenceYuanPerParcel", "referenceYuanPerParcel must be above 0"));
            } else {
                reference = new ProvinceReference(province, listed.map(ProvinceReference::capital)
                        .orElse(county.provincialCapital()), Math.round(request.referenceYuanPerParcel() * 100),
                        "given in the request", ProvinceReference.GIVEN_IN_REQUEST);
            }
        } else if (listed.isEmpty()) {
            errors.add(new InputError(location, "province", "no reference cost for province '" + province
                    + "' in the province references (/api/v1/province-references) nor the assumed defaults "
                    + ProvinceReference.defaults().stream().map(ProvinceReference::province).toList()
                    + "; enter one, or give referenceYuanPerParcel"));
        } else {
            reference = listed.get();
        }
        double tolerance = request.tolerancePercent() == null ? ParityOptions.DEFAULT_TOLERANCE_PERCENT
                : request.tolerancePercent();
        if (!(tolerance >= 0 && tolerance <= 100)) {
            errors.add(new InputError(location, "tolerancePercent", "tolerancePercent must be 0–100, was " + tolerance));
        }
        boolean requested = request.remoteRoadMinutes() != null || request.remoteVillages() != null;
        RemoteRule.Source remoteSource = requested ? RemoteRule.Source.REQUEST : defaults.remoteRule().source();
        long remoteSeconds = request.remoteRoadMinutes() != null ? request.remoteRoadMinutes() * 60L
                : requested ? ParityOptions.DEFAULT_REMOTE_ROAD_SECONDS
                : Math.round(defaults.remoteRule().roadMinutes() * 60);
        if (remoteSeconds < 0) {
            errors.add(new InputError(location, "remoteRoadMinutes", "remoteRoadMinutes cannot be negative"));
        }
        Set<String> known = new HashSet<>();
        county.villages().stream().map(VillageData::code).forEach(known::add);
        List<String> remote = request.remoteVillages() != null ? List.copyOf(request.remoteVillages())
                : requested ? List.of()
                : defaults.remoteRule().villageCodes().stream().filter(known::contains).toList();
        for (int i = 0; i < remote.size(); i++) {
            if (!known.contains(remote.get(i))) {
                errors.add(new InputError(location + ".remoteVillages[" + i + "]", null, "unknown village code " + remote.get(i)));
            }
        }
        Map<Integer, Long> subsidy = new LinkedHashMap<>();
        if (request.subsidyYuanPerParcel() == null) {
            SubsidyOptions.shandongExample(request.date() == null ? 2025 : request.date().getYear())
                    .fenPerParcelByYear().forEach(subsidy::put);
        } else {
            request.subsidyYuanPerParcel().forEach((year, yuan) -> {
                if (yuan == null || !(yuan >= 0)) {
                    errors.add(new InputError(location + ".subsidyYuanPerParcel", String.valueOf(year),
                            "the subsidy of " + year + " must be 0 or more yuan, was " + yuan));
                } else {
                    subsidy.put(year, Math.round(yuan * 100));
                }
            });
        }
        double revenue = request.revenueYuanPerParcel() == null ? SubsidyOptions.DEFAULT_REVENUE_FEN / 100.0
                : request.revenueYuanPerParcel();
        if (!(revenue >= 0)) {
            errors.add(new InputError(location, "revenueYuanPerParcel", "revenueYuanPerParcel cannot be negative"));
        }
        double growth = request.volumeGrowthPercent() == null ? SubsidyOptions.DEFAULT_GROWTH_PERCENT
                : request.volumeGrowthPercent();
        if (!(growth > -100 && growth <= 1000)) {
            errors.add(new InputError(location, "volumeGrowthPercent", "volumeGrowthPercent must be above −100 and at most 1000"));
        }
        if (request.scenarios() != null && request.scenarios().contains(ScenarioKind.CURRENT)) {
            errors.add(new InputError(location, "scenarios", "CURRENT is today's practice: it is not planned; give it as"
                    + " currentPractice"));
        }
        if (request.currentPractice() != null) {
            for (FleetSettings.Problem problem : request.currentPractice().problems(known)) {
                errors.add(new InputError(location, problem.field(), CountyFleetTexts.message(problem), problem.code()));
            }
        }
        int seeds = request.solverSeeds() == null ? 1 : request.solverSeeds();
        if (seeds < 1 || seeds > MAX_SOLVER_SEEDS) {
            errors.add(new InputError(location, "solverSeeds", "solverSeeds must be 1–" + MAX_SOLVER_SEEDS + ", was "
                    + seeds));
        }
        Double penalty = request.unservedPenaltyYuanPerParcel();
        if (penalty != null && !(penalty >= 0 && penalty <= MAX_UNSERVED_PENALTY_YUAN)) {
            errors.add(new InputError(location, "unservedPenaltyYuanPerParcel", "unservedPenaltyYuanPerParcel must be 0–"
                    + MAX_UNSERVED_PENALTY_YUAN + " yuan, was " + penalty));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID,
                    errors.size() + " problem(s) in the analysis request; nothing was stored", errors);
        }
        Set<ScenarioKind> planned = EnumSet.allOf(ScenarioKind.class);
        planned.removeIf(kind -> !kind.planned());
        Set<ScenarioKind> kinds = ScenarioAnalysis.withJoint(request.scenarios() == null || request.scenarios().isEmpty()
                ? planned : EnumSet.copyOf(request.scenarios()));
        Long seed = !generated ? null : request.demandSeed() == null ? PlanRequests.DEFAULT_SEED : request.demandSeed();
        return new AnalysisOptions(request.date(), seed,
                limit, request.hubs() == null ? HubChoice.DESIGNATED : request.hubs(), List.copyOf(kinds), reference,
                tolerance, remoteSeconds, remote, subsidy,
                request.subsidyFlow() == null ? SubsidyOptions.Flow.BOTH : request.subsidyFlow(), Math.round(revenue * 100),
                growth, request.currentPractice(), seeds, remoteSource,
                penalty == null ? null : Math.round(penalty * 100));
    }
}
