package org.gongpei.service.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.calendar.CalendarJobs;
import org.gongpei.service.calendar.CalendarKind;
import org.gongpei.service.calendar.CalendarRequest;
import org.gongpei.service.calendar.CalendarView;

/** Start a county's target-cost comparison. */
@Path("/api/v1/counties/{code}/target-costs")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class CountyTargetCostResource {

    @Inject
    CalendarJobs jobs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan the same week for 24, 48 and 72 h and every village daily, and compare their cost; the "
            + "week generated, or (multipart) uploaded as CSV")
    @APIResponse(responseCode = "202", description = "Queued; Location names the comparison")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "422", description = "A field breaks a rule")
    @APIResponse(responseCode = "429", description = "The calendar queue is full")
    public Response targetCosts(@PathParam("code") String code, CalendarRequest request) {
        CalendarView view = jobs.submit(code, CalendarKind.TARGET_COST, request);
        return Response.accepted(view).location(URI.create("/api/v1/target-costs/" + view.id())).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare the cost of 24, 48 and 72 h and every village daily on a demand week uploaded as CSV")
    @APIResponse(responseCode = "202", description = "Queued; Location names the job")
    @APIResponse(responseCode = "400", description = "A form field cannot be read, weekStart or the file down is missing")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "413", description = "The upload is larger than gongpei.upload.max-size")
    @APIResponse(responseCode = "422", description = "A field breaks a rule (e.g. weekStart is no Monday), the files break "
            + "a rule or name unknown villages, or no row lies in the week; every problem is listed")
    @APIResponse(responseCode = "429", description = "The calendar queue is full")
    public Response targetCostsWithCsv(@PathParam("code") String code, @BeanParam CalendarForm form) {
        CalendarRequest request = form.request();
        CalendarView view = jobs.submitUploaded(code, CalendarKind.TARGET_COST, request, DemandFiles.down(form.down),
                DemandFiles.up(form.up));
        return Response.accepted(view).location(URI.create("/api/v1/target-costs/" + view.id())).build();
    }
}
