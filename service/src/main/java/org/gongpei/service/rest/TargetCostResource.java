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
import org.gongpei.service.calendar.CalendarView;
import org.gongpei.service.calendar.CalendarXlsx;
import org.gongpei.service.calendar.TargetCostRow;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.plan.PlanConflictException;
import org.gongpei.service.report.SheetTexts;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Target-cost comparisons: the same week planned for 24, 48 and 72 h and every village daily. */
@Path("/api/v1/target-costs")
@Tag(name = "Weekly calendars", description = "Visit days per village for a delivery-time target, and what targets cost")
public class TargetCostResource {

    @Inject
    CalendarJobs jobs;

    @Inject
    JobEvents events;

    @Inject
    CalendarXlsx xlsx;

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

    @GET
    @Path("/{id}/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "A done comparison as an .xlsx workbook, one row per target, headers in Chinese or English"
            + " (lang=zh|en)")
    @APIResponse(responseCode = "404", description = "No comparison with this id")
    @APIResponse(responseCode = "409", description = "The comparison is not DONE")
    @APIResponse(responseCode = "422", description = "lang not zh/en")
    public Response xlsx(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<InputError> errors = new ArrayList<>();
        SheetTexts texts = Workbooks.texts(CalendarXlsx.BUNDLE, lang, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The workbook cannot be made", errors);
        }
        List<TargetCostRow> rows = jobs.targetCostRows(id);
        if (rows == null) {
            throw new PlanConflictException("Target-cost comparison " + id + " is not DONE yet");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(id, rows, texts, out);
        return Workbooks.attachment(out, "target-costs-" + id + ".xlsx");
    }
}
