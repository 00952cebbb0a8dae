package org.gongpei.service.rest;

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

/** Target-cost comparisons: the same week planned for 24, 48 and 72 h and every village daily. */
@Path("/api/v1/target-costs")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class TargetCostResource {

    @Inject
    CalendarJobs jobs;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A target-cost comparison's status and, once done, one row per target")
    @APIResponse(responseCode = "404", description = "No comparison with this id")
    public CalendarView targetCosts(@PathParam("id") long id) {
        return jobs.view(id, CalendarKind.TARGET_COST);
    }
}
