package org.gongpei.service.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.county.CountyEditor;

/** Changes of one village (and its station) or one hub of a stored county, validated as an import is. */
@Path("/api/v1/counties/{code}")
@Tag(name = "Counties")
public class CountyNetworkEditResource {

    @Inject
    CountyEditor editor;

    @PUT
    @Path("/villages/{village}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a village or change its fields (name, township, position, population, poor, station)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "422", description = "The change breaks a rule of the network; nothing was saved")
    public Response saveVillage(@PathParam("code") String code, @PathParam("village") String village,
            VillageData body) {
        return answer(editor.saveVillage(code, village, body), code, "villages", village);
    }

    @DELETE
    @Path("/villages/{village}")
    @Operation(summary = "Remove a village and its station")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such village")
    @APIResponse(responseCode = "409", description = "Delivery records name the village")
    public Response removeVillage(@PathParam("code") String code, @PathParam("village") String village) {
        editor.removeVillage(code, village);
        return Response.noContent().build();
    }

    @PUT
    @Path("/hubs/{hub}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a township hub or change its fields")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "422", description = "The change breaks a rule of the network; nothing was saved")
    public Response saveHub(@PathParam("code") String code, @PathParam("hub") String hub, HubData body) {
        return answer(editor.saveHub(code, hub, body), code, "hubs", hub);
    }

    @DELETE
    @Path("/hubs/{hub}")
    @Operation(summary = "Remove a township hub")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such hub")
    public Response removeHub(@PathParam("code") String code, @PathParam("hub") String hub) {
        editor.removeHub(code, hub);
        return Response.noContent().build();
    }

    private static Response answer(CountyEditor.Saved<?> saved, String county, String collection, String part) {
        return saved.created()
                ? Response.created(URI.create("/api/v1/counties/" + county + "/" + collection + "/" + part))
                        .entity(saved.part()).build()
                : Response.ok(saved.part()).build();
    }
}
