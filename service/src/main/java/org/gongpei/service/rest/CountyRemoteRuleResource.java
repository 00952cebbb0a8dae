package org.gongpei.service.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.ledger.RemoteVillages;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.parity.RemoteRuleSetting;
import org.gongpei.service.parity.RemoteRuleView;
import org.gongpei.service.parity.RemoteRules;

/**
 * A county's remote-area rule (边远地区): the one rule parity, the calendar's and the records' compliance, the
 * evaluation report and the indicators apply unless a request gives its own.
 */
@Path("/api/v1/counties/{code}/remote-rule")
public class CountyRemoteRuleResource {

    /** The longest road time a rule may give, minutes: a day. */
    static final int MAX_ROAD_MINUTES = 24 * 60;

    @Inject
    CountyService counties;

    @Inject
    RemoteRules rules;

    @Inject
    RemoteVillages remoteVillages;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's remote rule as saved and as applied (the default without one), and the"
            + " villages it makes remote")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public RemoteRuleView get(@PathParam("code") String code) {
        CountyNetworkData county = counties.network(code);
        return view(county);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the county's remote rule: roadMinutes (0 for no time rule, null for the default) and"
            + " villageCodes declared remote")
    @APIResponse(responseCode = "404", description = "Unknown county")
    @APIResponse(responseCode = "422", description = "roadMinutes outside 0–1440, or a village code the county does"
            + " not have (named by its index)")
    public RemoteRuleView put(@PathParam("code") String code, RemoteRuleSetting body) {
        CountyNetworkData county = counties.network(code);
        if (body == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The rule cannot be read",
                    List.of(new InputError("body", null, "give roadMinutes and villageCodes as a JSON object")));
        }
        List<InputError> errors = new ArrayList<>();
        if (body.roadMinutes() != null && (body.roadMinutes() < 0 || body.roadMinutes() > MAX_ROAD_MINUTES)) {
            errors.add(new InputError("body", "roadMinutes", "roadMinutes must be 0–" + MAX_ROAD_MINUTES
                    + " (0: no time rule), was " + body.roadMinutes(), "minutesOutOfRange"));
        }
        Set<String> known = new HashSet<>();
        county.villages().stream().map(VillageData::code).forEach(known::add);
        List<String> codes = body.villageCodes() == null ? List.of() : body.villageCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String village = codes.get(i);
            if (village == null || !known.contains(village)) {
                errors.add(new InputError("body.villageCodes[" + i + "]", null, "the county has no village "
                        + (village == null ? "null" : "'" + village.replaceAll("\\p{Cntrl}", "?") + "'"),
                        "unknownVillage"));
            } else if (!seen.add(village)) {
                errors.add(new InputError("body.villageCodes[" + i + "]", null, "village " + village
                        + " is listed twice", "duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The remote rule cannot be used",
                    errors);
        }
        rules.save(code, body.roadMinutes(), codes, identity.getPrincipal().getName());
        return view(county);
    }

    private RemoteRuleView view(CountyNetworkData county) {
        RemoteRuleSetting setting = rules.setting(county.code()).orElse(null);
        RemoteRule rule = setting == null ? RemoteRule.byDefault() : setting.rule();
        return new RemoteRuleView(county.code(), setting, rule, remoteVillages.exempt(county, rule),
                county.villages().size());
    }
}
