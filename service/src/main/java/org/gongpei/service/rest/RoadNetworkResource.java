package org.gongpei.service.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.roads.RoadImports;
import org.gongpei.service.roads.RoadNetworkView;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** An uploaded road network and its import. */
@Path("/api/v1/road-networks")
@Tag(name = "Roads", description = "Villages on the county's road network")
public class RoadNetworkResource {

    @Inject
    RoadImports imports;

    @Inject
    JobEvents events;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A road network's import: status, step and share done; once imported the graph's size and "
            + "the road check (villages too far from a road or cut off from the centre, the farthest by time)")
    @APIResponse(responseCode = "404", description = "No road network with this id")
    public RoadNetworkView get(@PathParam("id") long id) {
        return imports.view(id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the import runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No road network with this id")
    public Multi<RoadNetworkView> events(@PathParam("id") long id) {
        return events.stream(imports, id);
    }
}
