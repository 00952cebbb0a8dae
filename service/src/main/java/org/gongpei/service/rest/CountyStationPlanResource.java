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
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.design.DesignJobView;
import org.gongpei.service.design.StationPlanJobs;
import org.gongpei.service.design.StationPlanRequest;
import org.gongpei.service.design.StationPlanResult;
import org.gongpei.service.design.StationPlanTexts;
import org.gongpei.service.design.StationPlanXlsx;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.plan.PlanConflictException;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Network design: which villages of a county get a service station, as a job, and its workbook. */
@Path("/api/v1/counties/{code}/station-plans")
@Tag(name = "Network design", description = "Station siting: which villages get a service station, at what cost")
public class CountyStationPlanResource {

    @Inject
    StationPlanJobs jobs;

    @Inject
    JobEvents events;

    @Inject
    StationPlanXlsx xlsx;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Site the county's service stations: every coverage rule met at the least cost, on the "
            + "roads daily plans use; every setting optional")
    @APIResponse(responseCode = "202", description = "Queued; Location names the station plan")
    @APIResponse(responseCode = "400", description = "Malformed JSON, e.g. a share that is not a number")
    @APIResponse(responseCode = "404", description = "Unknown county, or no roads for it and estimates are off")
    @APIResponse(responseCode = "422", description = "A setting out of range or an unknown village; each is named")
    @APIResponse(responseCode = "429", description = "The job queue is full")
    public Response start(@PathParam("code") String code, StationPlanRequest request) {
        DesignJobView view = jobs.submit(code, request);
        return Response.accepted(view)
                .location(URI.create("/api/v1/counties/" + code + "/station-plans/" + view.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's station plans, newest first, without their results")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public List<DesignJobView> list(@PathParam("code") String code) {
        return jobs.list(code);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A station plan's status, progress, settings, roads and, once done, every village's choice, "
            + "each coverage rule as the independent checker found it, and the costs")
    @APIResponse(responseCode = "404", description = "No such station plan in the county")
    public DesignJobView plan(@PathParam("code") String code, @PathParam("id") long id) {
        return jobs.view(code, id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the station plan runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No such station plan in the county")
    public Multi<DesignJobView> events(@PathParam("code") String code, @PathParam("id") long id) {
        jobs.view(code, id);
        return events.stream(jobs, id);
    }

    @POST
    @Path("/{id}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a running search early; the plan keeps the best stations found so far")
    @APIResponse(responseCode = "404", description = "No such station plan in the county")
    @APIResponse(responseCode = "409", description = "The station plan is not SOLVING")
    public DesignJobView stop(@PathParam("code") String code, @PathParam("id") long id) {
        return jobs.stop(code, id);
    }

    @GET
    @Path("/{id}/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "A done station plan as an .xlsx workbook: summary, chosen stations, coverage rules, "
            + "townships")
    @APIResponse(responseCode = "404", description = "No such station plan in the county")
    @APIResponse(responseCode = "409", description = "The station plan is not DONE")
    @APIResponse(responseCode = "422", description = "lang is not zh or en")
    public Response export(@PathParam("code") String code, @PathParam("id") long id,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        StationPlanTexts texts;
        try {
            texts = StationPlanTexts.of(lang.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The workbook cannot be made",
                    List.of(new InputError("query", "lang", e.getMessage())));
        }
        StationPlanResult result = jobs.result(code, id);
        if (result == null) {
            throw new PlanConflictException("Station plan " + id + " is not DONE");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(result, texts, out);
        return Workbooks.attachment(out, "station-plan-" + code + "-" + id + ".xlsx");
    }
}
