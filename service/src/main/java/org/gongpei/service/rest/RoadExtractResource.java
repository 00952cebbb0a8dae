package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.roads.RoadExtractView;
import org.gongpei.service.roads.RoadExtracts;

/** Large OpenStreetMap extracts on the server, registered to cut counties' road networks from. */
@Path("/api/v1/road-extracts")
@Tag(name = "Roads", description = "Villages on the county's road network")
public class RoadExtractResource {

    /**
     * A registration.
     *
     * @param file the extract's path relative to {@code gongpei.roads.extract-dir}
     */
    public record Registration(String file) {
    }

    @Inject
    RoadExtracts extracts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a large extract (.osm.pbf, .osm, .osm.gz) already in the server's extract directory "
            + "(gongpei.roads.extract-dir), e.g. {\"file\":\"hebei-latest.osm.pbf\"}")
    @APIResponse(responseCode = "201", description = "Registered (again); Location names the extract")
    @APIResponse(responseCode = "422", description = "A path outside the extract directory, no such file, or no OSM extract")
    public Response register(Registration registration) {
        RoadExtractView view = extracts.register(registration == null ? null : registration.file());
        return Response.created(URI.create("/api/v1/road-extracts")).entity(view).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registered extracts")
    public List<RoadExtractView> list() {
        return extracts.list();
    }
}
