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
import org.gongpei.service.calendar.CalendarJobs;
import org.gongpei.service.calendar.CalendarKind;
import org.gongpei.service.calendar.CalendarView;
import org.gongpei.service.job.JobEvents;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Target-cost comparisons: the same week planned for 24, 48 and 72 h and every village daily. */
@Path("/api/v1/target-costs")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class TargetCostResource {

    @Inject
    CalendarJobs jobs;

    @Inject
    JobEvents events;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A target-cost comparison's status and, once done, one row per target")
    @APIResponse(responseCode = "404", description = "No comparison with this id")
    public CalendarView targetCosts(@PathParam("id") long id) {
        return jobs.view(id, CalendarKind.TARGET_COST);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the comparison runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No comparison with this id")
    public Multi<CalendarView> events(@PathParam("id") long id) {
        return events.stream(jobs.kind(CalendarKind.TARGET_COST), id);
    }
}
