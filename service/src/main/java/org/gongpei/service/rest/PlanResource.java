package org.gongpei.service.rest;

import java.net.URI;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.plan.PlanChangeRequest;
import org.gongpei.service.plan.PlanChanges;
import org.gongpei.service.plan.PlanGeometry;
import org.gongpei.service.plan.PlanJobs;
import org.gongpei.service.plan.PlanService;
import org.gongpei.service.plan.PlanView;
import org.gongpei.service.plan.RouteLegs;
import org.gongpei.service.plan.RouteSheets;
import org.gongpei.service.plan.SolvedPlan;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A daily plan: follow its solve, stop it, read, draw and print its result. */
@Path("/api/v1/plans")
@Tag(name = "Daily plans", description = "One day's routes of a county: trunk, last mile and direct")
public class PlanResource {

    @Inject
    PlanJobs jobs;

    @Inject
    PlanService plans;

    @Inject
    PlanChanges changes;

    @Inject
    JobEvents events;

    @Inject
    PlanGeometry geometry;

    @Inject
    CountyService counties;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plan's status: phase, share done, best score, elapsed time, summary or error")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    public PlanView status(@PathParam("id") long id) {
        return jobs.view(id);
    }

    @GET
    @Path("/{id}/result")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The full plan: routes with stops, village assignments, unserved demand, totals")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not DONE")
    public Response result(@PathParam("id") long id) {
        return Response.ok(plans.resultJson(id), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the plan solves, closing when it ends")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    public Multi<PlanView> events(@PathParam("id") long id) {
        return events.stream(jobs, id);
    }

    @GET
    @Path("/{id}/routes/{vehicleId}/geometry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A route along the roads, one polyline of [lat, lon] points per leg, depot to depot")
    @APIResponse(responseCode = "404", description = "No plan with this id, or no route of this vehicle")
    @APIResponse(responseCode = "409", description = "The plan is not DONE, or the county has changed since")
    public RouteLegs geometry(@PathParam("id") long id, @PathParam("vehicleId") String vehicleId) {
        return geometry.route(id, vehicleId);
    }

    @GET
    @Path("/{id}/sheets")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "Printable route sheets (Chinese): the day's totals, then one page per vehicle")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not DONE")
    public String sheets(@PathParam("id") long id) {
        SolvedPlan solved = plans.solved(id);
        return RouteSheets.html(counties.summary(solved.countyCode()).name(), plans.view(id), solved.plan());
    }

    @POST
    @Path("/{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-plan a done plan after a van breakdown or an urgent pickup; the result becomes the"
            + " plan's next revision (earlier revisions are kept)",
            description = "{\"type\":\"BREAKDOWN\",\"vehicleId\":\"HVAN-H130425100-1\",\"atTime\":\"11:30\"} or"
                    + " {\"type\":\"URGENT_PICKUP\",\"villageCode\":\"130425100201\",\"ambientParcels\":5,"
                    + "\"chilledParcels\":0,\"atTime\":\"12:10\",\"readyTime\":\"13:00\",\"deadline\":\"18:00\"}."
                    + " Stops served before atTime stay as they were; answers when re-planned (a few seconds).")
    @APIResponse(responseCode = "201", description = "Re-planned: the status document with the new revision")
    @APIResponse(responseCode = "400", description = "Unreadable change, unknown vehicle or village, time outside"
            + " the day, negative parcels")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not DONE")
    public Response change(@PathParam("id") long id, PlanChangeRequest request) {
        PlanView view = changes.apply(id, request);
        return Response.created(URI.create("/api/v1/plans/" + id + "/revisions/" + view.revision())).entity(view).build();
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One revision of a plan's full result: 0 as solved, then one per change")
    @APIResponse(responseCode = "404", description = "No plan with this id, or no such revision")
    @APIResponse(responseCode = "409", description = "The plan is not DONE")
    public Response revision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return Response.ok(plans.revisionResultJson(id, revision), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{id}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a solving plan early; it ends DONE with the best plan found so far")
    @APIResponse(responseCode = "202", description = "Asked to stop")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not solving")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(jobs.stop(id)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a plan (a queued plan leaves the queue)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is solving; stop it first")
    public Response delete(@PathParam("id") long id) {
        jobs.delete(id);
        return Response.noContent().build();
    }

}
