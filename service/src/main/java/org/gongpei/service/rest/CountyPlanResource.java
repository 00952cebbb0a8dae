package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.gongpei.service.plan.PlanJobs;
import org.gongpei.service.plan.PlanRequest;
import org.gongpei.service.plan.PlanRequests;
import org.gongpei.service.plan.PlanService;
import org.gongpei.service.plan.PlanView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Daily plans of a county: start a solve with generated or uploaded demand, list the county's plans. */
@Path("/api/v1/counties/{code}/plans")
@Tag(name = "Daily plans", description = "One day's routes of a county: trunk, last mile and direct")
public class CountyPlanResource {

    @Inject
    PlanJobs jobs;

    @Inject
    PlanService plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a day of the county with generated demand; the solve runs in the background")
    @APIResponse(responseCode = "202", description = "Queued; Location names the plan's status document")
    @APIResponse(responseCode = "400", description = "Malformed JSON, e.g. a bad date or an unknown field")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "422", description = "A field breaks a rule, e.g. a time limit outside 1–600 s")
    @APIResponse(responseCode = "429", description = "Every solver is busy and the queue is full")
    public Response start(@PathParam("code") String code, PlanRequest request) {
        return accepted(jobs.submitGenerated(code, request));
    }

    @POST
    @Path("/csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a day of the county with demand uploaded as CSV (down parcels, optional up shipments)")
    @APIResponse(responseCode = "202", description = "Queued; Location names the plan's status document")
    @APIResponse(responseCode = "400", description = "A form field cannot be read, or a file is missing")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "413", description = "The upload is larger than gongpei.upload.max-size")
    @APIResponse(responseCode = "422", description = "The files break a rule or name unknown villages; every problem is listed")
    @APIResponse(responseCode = "429", description = "Every solver is busy and the queue is full")
    public Response startWithCsv(@PathParam("code") String code, @RestForm String date,
            @RestForm String timeLimitSeconds, @RestForm String hubs, @RestForm FileUpload down,
            @RestForm FileUpload up) {
        PlanRequests.Options options = PlanRequests.fromForm(date, timeLimitSeconds, hubs);
        return accepted(jobs.submitUploaded(code, options, DemandFiles.down(down), DemandFiles.up(up)));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's plans with their status and summary, newest first")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public List<PlanView> list(@PathParam("code") String code) {
        return plans.list(code);
    }

    private static Response accepted(PlanView plan) {
        return Response.accepted(plan).location(URI.create("/api/v1/plans/" + plan.id())).build();
    }
}
