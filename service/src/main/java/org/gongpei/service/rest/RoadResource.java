package org.gongpei.service.rest;

import java.util.Arrays;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.service.roads.RoadCheck;
import org.gongpei.service.roads.RoadCheckService;

/** A county's villages checked against its road network. */
@Path("/api/v1/counties/{code}/road-check")
@Tag(name = "Roads", description = "Villages on the county's road network")
public class RoadResource {

    @Inject
    RoadCheckService roadChecks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Snap every village to the road network and check it is reachable from the centre and back")
    @APIResponse(responseCode = "200", description = "The check, listing villages that are not routable")
    @APIResponse(responseCode = "400", description = "Unknown profile or a bad snap limit")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "422", description = "The county centre itself is off the road network")
    public RoadCheck check(@PathParam("code") String code,
            @QueryParam("profile") @DefaultValue("VAN") String profile,
            @QueryParam("maxSnapMetres") @DefaultValue("" + RoadNetwork.DEFAULT_MAX_SNAP_DISTANCE_METRES)
            double maxSnapMetres) {
        return roadChecks.check(code, profile(profile), maxSnapMetres);
    }

    private static VehicleProfile profile(String name) {
        try {
            return VehicleProfile.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown vehicle profile '" + name + "'; known: "
                    + Arrays.toString(VehicleProfile.values()));
        }
    }
}
