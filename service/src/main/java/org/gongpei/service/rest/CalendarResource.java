package org.gongpei.service.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
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
import org.gongpei.service.calendar.CalendarJobs;
import org.gongpei.service.calendar.CalendarKind;
import org.gongpei.service.calendar.CalendarResult;
import org.gongpei.service.calendar.CalendarView;
import org.gongpei.service.calendar.Compliance;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.plan.PlanConflictException;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Weekly service calendars and their compliance report. */
@Path("/api/v1/calendars")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class CalendarResource {

    @Inject
    CalendarJobs jobs;

    @Inject
    JobEvents events;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A calendar's status and, once done, the grid of villages × days, the days' routes and totals")
    @APIResponse(responseCode = "404", description = "No calendar with this id")
    public CalendarView calendar(@PathParam("id") long id) {
        return jobs.view(id, CalendarKind.CALENDAR);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the calendar runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No calendar with this id")
    public Multi<CalendarView> events(@PathParam("id") long id) {
        return events.stream(jobs.kind(CalendarKind.CALENDAR), id);
    }

    @GET
    @Path("/{id}/compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan-based compliance: per village worst and mean planned age, shares within the target, "
            + "per township, villages remote by road time")
    @APIResponse(responseCode = "404", description = "No calendar with this id")
    @APIResponse(responseCode = "409", description = "The calendar is not DONE")
    @APIResponse(responseCode = "422", description = "A negative remote threshold")
    public Compliance compliance(@PathParam("id") long id,
            @QueryParam("remoteMinutes") @DefaultValue("40") double remoteMinutes) {
        if (remoteMinutes < 0 || Double.isNaN(remoteMinutes)) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "A bad remote threshold",
                    java.util.List.of(new InputError("query", "remoteMinutes", "remoteMinutes must be ≥ 0")));
        }
        CalendarResult result = jobs.result(id);
        if (result == null) {
            throw new PlanConflictException("Calendar " + id + " is not DONE yet");
        }
        return Compliance.of(result, remoteMinutes);
    }
}
