package org.gongpei.service.rest;

import java.util.List;

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
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.fleet.CountyFleetTexts;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.fleet.StoredFleetSettings;

/**
 * A county's fleet and costs: vehicle classes, counts, costs, shift and handling. Saving makes a new version;
 * plans record the version they were built with.
 */
@Path("/api/v1/counties/{code}/fleet-settings")
public class CountyFleetSettingsResource {

    @Inject
    CountyService counties;

    @Inject
    FleetSettingsStore store;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's fleet and cost settings in force (version 0: the demo defaults)")
    public StoredFleetSettings current(@PathParam("code") String code) {
        counties.summary(code);
        return store.current(code);
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every saved version of the county's fleet and cost settings, newest first")
    public List<StoredFleetSettings> history(@PathParam("code") String code) {
        counties.summary(code);
        return store.history(code);
    }

    @GET
    @Path("/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version of the county's fleet and cost settings, as a plan names it")
    public StoredFleetSettings version(@PathParam("code") String code, @PathParam("version") int version) {
        counties.summary(code);
        return store.version(code, version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the county's fleet and cost settings as its next version; plans started later use them")
    public StoredFleetSettings save(@PathParam("code") String code, FleetSettings settings) {
        counties.summary(code);
        if (settings == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The fleet settings cannot be read",
                    List.of(new InputError("body", null, "give the fleet settings as a JSON object")));
        }
        List<FleetSettings.Problem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The fleet settings cannot be used",
                    problems.stream().map(p -> new InputError("body", p.field(),
                            CountyFleetTexts.message(p), p.code())).toList());
        }
        return store.save(code, settings, identity.getPrincipal().getName());
    }
}
