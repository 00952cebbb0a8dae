package org.gongpei.service.rest;

import java.net.URI;

import jakarta.inject.Inject;
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

/** Start a county's weekly service calendar. */
@Path("/api/v1/counties/{code}/calendars")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class CountyCalendarResource {

    @Inject
    CalendarJobs jobs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a weekly service calendar for a target (default 72 h) on a generated demand week")
    @APIResponse(responseCode = "202", description = "Queued; Location names the calendar")
    @APIResponse(responseCode = "400", description = "Malformed JSON, e.g. a target that is not a number")
    @APIResponse(responseCode = "404", description = "Unknown county, or no road network configured for it")
    @APIResponse(responseCode = "422", description = "A field breaks a rule: target ≤ 0, no service day, bad limit")
    @APIResponse(responseCode = "429", description = "The calendar queue is full")
    public Response calendar(@PathParam("code") String code, CalendarRequest request) {
        CalendarView view = jobs.submit(code, CalendarKind.CALENDAR, request);
        return Response.accepted(view).location(URI.create("/api/v1/calendars/" + view.id())).build();
    }
}
