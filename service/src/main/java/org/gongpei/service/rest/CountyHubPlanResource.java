package org.gongpei.service.rest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.planning.design.HubComparisonResult;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.design.DesignJobView;
import org.gongpei.service.design.HubPlanJobs;
import org.gongpei.service.design.HubPlanRequest;
import org.gongpei.service.design.HubPlanTexts;
import org.gongpei.service.design.HubPlanXlsx;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.plan.PlanConflictException;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Network design of the township hubs: candidate hub networks compared by daily plans, as a job, and its workbook. */
@Path("/api/v1/counties/{code}/hub-plans")
@Tag(name = "Network design")
public class CountyHubPlanResource {

    @Inject
    HubPlanJobs jobs;

    @Inject
    JobEvents events;

    @Inject
    HubPlanXlsx xlsx;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare hub networks by daily plans of the same day: today's, the hub siting search's, cold "
            + "storage at the hub with the most chilled parcels, and the user's own; every setting optional")
    @APIResponse(responseCode = "202", description = "Queued; Location names the hub plan")
    @APIResponse(responseCode = "400", description = "Malformed JSON, e.g. a cost that is not a number")
    @APIResponse(responseCode = "404", description = "Unknown county, or no roads for it and estimates are off")
    @APIResponse(responseCode = "422", description = "A setting out of range, an unknown hub or action; each is named")
    @APIResponse(responseCode = "429", description = "The job queue is full")
    public Response start(@PathParam("code") String code, HubPlanRequest request) {
        DesignJobView view = jobs.submit(code, request);
        return Response.accepted(view)
                .location(URI.create("/api/v1/counties/" + code + "/hub-plans/" + view.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's hub plans, newest first, without their results")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public List<DesignJobView> list(@PathParam("code") String code) {
        return jobs.list(code);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A hub plan's status, progress, settings, roads and, once done, every candidate's hubs and "
            + "figures side by side (cost per day, km, vehicle-days, parcels left out, parcel age, villages with a "
            + "station served, hubs used; least and most over the seeds) with each daily plan's figures")
    @APIResponse(responseCode = "404", description = "No such hub plan in the county")
    public DesignJobView plan(@PathParam("code") String code, @PathParam("id") long id) {
        return jobs.view(code, id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the hub plan runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No such hub plan in the county")
    public Multi<DesignJobView> events(@PathParam("code") String code, @PathParam("id") long id) {
        jobs.view(code, id);
        return events.stream(jobs, id);
    }

    @POST
    @Path("/{id}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a running hub plan early: the running daily plan keeps its best, the others are skipped")
    @APIResponse(responseCode = "404", description = "No such hub plan in the county")
    @APIResponse(responseCode = "409", description = "The hub plan is not SOLVING")
    public DesignJobView stop(@PathParam("code") String code, @PathParam("id") long id) {
        return jobs.stop(code, id);
    }

    @GET
    @Path("/{id}/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "A done hub plan as an .xlsx workbook: summary, candidates side by side, hubs, daily plans")
    @APIResponse(responseCode = "404", description = "No such hub plan in the county")
    @APIResponse(responseCode = "409", description = "The hub plan is not DONE")
    @APIResponse(responseCode = "422", description = "lang is not zh or en")
    public Response export(@PathParam("code") String code, @PathParam("id") long id,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        HubPlanTexts texts;
        try {
            texts = HubPlanTexts.of(lang.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The workbook cannot be made",
                    List.of(new InputError("query", "lang", e.getMessage())));
        }
        DesignJobView view = jobs.view(code, id);
        HubComparisonResult result = jobs.result(code, id);
        if (result == null) {
            throw new PlanConflictException("Hub plan " + id + " is not DONE");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(result, view.roads(), texts, out);
        return Workbooks.attachment(out, "hub-plan-" + code + "-" + id + ".xlsx");
    }
}
