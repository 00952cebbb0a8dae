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
import org.gongpei.service.analysis.AnalysisExports;
import org.gongpei.service.analysis.AnalysisJobs;
import org.gongpei.service.analysis.AnalysisService;
import org.gongpei.service.analysis.BureauReport;
import org.gongpei.service.analysis.AnalysisView;
import org.gongpei.service.analysis.AnalysisXlsx;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.report.SheetTexts;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** A scenario analysis for the county commerce bureau: follow it, read and export its report. */
@Path("/api/v1/analyses")
@Tag(name = "Scenario analyses", description = "Separate against joint distribution, cost to serve, parity, subsidy")
public class AnalysisResource {

    private static final String CSV = "text/csv; charset=utf-8";

    @Inject
    AnalysisService analyses;

    @Inject
    AnalysisJobs jobs;

    @Inject
    AnalysisXlsx xlsx;

    @Inject
    JobEvents events;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An analysis: status and progress, and once DONE its report (scenarios, savings, cost to "
            + "serve, parity, subsidy)")
    @APIResponse(responseCode = "404", description = "No analysis with this id")
    public AnalysisView view(@PathParam("id") long id) {
        return analyses.view(id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the analysis runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No analysis with this id")
    public Multi<AnalysisView> events(@PathParam("id") long id) {
        return events.stream(jobs, id);
    }

    @GET
    @Path("/{id}/scenarios.csv")
    @Produces(CSV)
    @Operation(summary = "The scenarios' metrics as CSV")
    @APIResponse(responseCode = "409", description = "The analysis is not DONE")
    public Response scenariosCsv(@PathParam("id") long id) {
        return csv(AnalysisExports.scenariosCsv(analyses.done(id).report()), "scenarios-" + id + ".csv");
    }

    @GET
    @Path("/{id}/cost-to-serve.csv")
    @Produces(CSV)
    @Operation(summary = "Each village's cost share, parity and break-even volume as CSV")
    @APIResponse(responseCode = "409", description = "The analysis is not DONE")
    public Response costToServeCsv(@PathParam("id") long id) {
        return csv(AnalysisExports.costToServeCsv(analyses.done(id).report()), "cost-to-serve-" + id + ".csv");
    }

    @GET
    @Path("/{id}/subsidy.csv")
    @Produces(CSV)
    @Operation(summary = "The subsidy phase-out per year as CSV")
    @APIResponse(responseCode = "409", description = "The analysis is not DONE")
    public Response subsidyCsv(@PathParam("id") long id) {
        return csv(AnalysisExports.subsidyCsv(analyses.done(id).report()), "subsidy-" + id + ".csv");
    }

    @GET
    @Path("/{id}/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "The analysis as an .xlsx workbook, headers in Chinese or English (lang=zh|en): summary and"
            + " parity, scenarios with their cost parts, savings with their range over the seeds, cost to serve per"
            + " village (with parity and break-even) and per township, the subsidy's phase-out")
    @APIResponse(responseCode = "409", description = "The analysis is not DONE")
    @APIResponse(responseCode = "422", description = "lang is not zh or en")
    public Response xlsx(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<InputError> errors = new ArrayList<>();
        SheetTexts texts = Workbooks.texts(AnalysisXlsx.BUNDLE, lang, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The workbook cannot be made", errors);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(analyses.done(id), texts, out);
        return Workbooks.attachment(out, "analysis-" + id + ".xlsx");
    }

    @GET
    @Path("/{id}/report")
    @Produces(MediaType.TEXT_HTML + "; charset=utf-8")
    @Operation(summary = "The printable report in Chinese (HTML; print to PDF from the browser)")
    @APIResponse(responseCode = "409", description = "The analysis is not DONE")
    public String report(@PathParam("id") long id) {
        return BureauReport.html(analyses.done(id));
    }

    private static Response csv(String body, String fileName) {
        return Response.ok("\uFEFF" + body, CSV).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
