package org.gongpei.service.rest;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.calendar.CalendarJobs;
import org.gongpei.service.calendar.CalendarKind;
import org.gongpei.service.calendar.CalendarResult;
import org.gongpei.service.calendar.CalendarView;
import org.gongpei.service.calendar.CalendarXlsx;
import org.gongpei.service.calendar.Compliance;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.parity.RemoteRules;
import org.gongpei.service.plan.PlanConflictException;
import org.gongpei.service.report.SheetTexts;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Weekly service calendars and their compliance report. */
@Path("/api/v1/calendars")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class CalendarResource {

    @Inject
    CalendarJobs jobs;

    @Inject
    JobEvents events;

    @Inject
    CalendarXlsx xlsx;

    @Inject
    RemoteRules remoteRules;

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
            + "per township, villages remote by the county's remote rule, or by remoteMinutes (0 for none)")
    @APIResponse(responseCode = "404", description = "No calendar with this id")
    @APIResponse(responseCode = "409", description = "The calendar is not DONE")
    @APIResponse(responseCode = "422", description = "A remote threshold that is not a number of minutes ≥ 0")
    public Compliance compliance(@PathParam("id") long id, @QueryParam("remoteMinutes") String remoteMinutes) {
        CalendarView calendar = jobs.view(id, CalendarKind.CALENDAR);
        List<InputError> errors = new ArrayList<>();
        RemoteRule rule = remoteRules.resolve(calendar.countyCode(), remoteMinutes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "A bad remote threshold", errors);
        }
        CalendarResult result = jobs.result(id);
        if (result == null) {
            throw new PlanConflictException("Calendar " + id + " is not DONE yet");
        }
        return Compliance.of(result, rule);
    }

    @GET
    @Path("/{id}/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "A done calendar as an .xlsx workbook, headers in Chinese or English (lang=zh|en): totals,"
            + " the schedule per village and day, the days' routes and the compliance per township")
    @APIResponse(responseCode = "404", description = "No calendar with this id")
    @APIResponse(responseCode = "409", description = "The calendar is not DONE")
    @APIResponse(responseCode = "422", description = "lang not zh/en, or a remote threshold that is not a number of minutes ≥ 0")
    public Response xlsx(@PathParam("id") long id, @QueryParam("remoteMinutes") String remoteMinutes,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<InputError> errors = new ArrayList<>();
        SheetTexts texts = Workbooks.texts(CalendarXlsx.BUNDLE, lang, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The workbook cannot be made", errors);
        }
        Compliance compliance = compliance(id, remoteMinutes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(id, jobs.result(id), compliance, texts, out);
        return Workbooks.attachment(out, "calendar-" + id + ".xlsx");
    }
}
