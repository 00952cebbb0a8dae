package org.gongpei.service.rest;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.parity.RemoteRules;
import org.gongpei.service.report.EvaluationPdf;
import org.gongpei.service.report.EvaluationReport;
import org.gongpei.service.report.EvaluationReports;
import org.gongpei.service.report.EvaluationXlsx;
import org.gongpei.service.report.ReportFont;
import org.gongpei.service.report.ReportTexts;

/**
 * The evaluation report of a county's delivery record for a period, as a printable PDF and as an {@code .xlsx}
 * workbook, in Chinese (default) or English.
 */
@Path("/api/v1/counties/{code}/records")
public class EvaluationReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CountyService counties;

    @Inject
    EvaluationReports reports;

    @Inject
    EvaluationPdf pdf;

    @Inject
    EvaluationXlsx xlsx;

    @Inject
    ReportFont font;

    @Inject
    RemoteRules remoteRules;

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The evaluation report of the records of [from, to) as a printable PDF: delivery-time"
            + " indicator, ledger completeness, villages served, per township, integrity findings, chain check")
    @APIResponse(responseCode = "422", description = "A missing or unreadable date or target, lang not zh/en, or a"
            + " remoteMinutes that is not a number of minutes ≥ 0 (without it, the county's remote rule applies)")
    @APIResponse(responseCode = "503", description = "The report font (gongpei.report.cjk-font) cannot be read")
    public Response pdf(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("targetHours") @DefaultValue("72") String targetHours,
            @QueryParam("lang") @DefaultValue("zh") String lang, @QueryParam("remoteMinutes") String remoteMinutes) {
        Request request = request(code, from, to, targetHours, lang, remoteMinutes);
        font.baseFont();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(request.report(), request.texts(), out);
        return file(out, "application/pdf", request.report(), "pdf");
    }

    @GET
    @Path("/report.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The evaluation report of the records of [from, to) as an .xlsx workbook")
    @APIResponse(responseCode = "422", description = "A missing or unreadable date or target, lang not zh/en, or a"
            + " remoteMinutes that is not a number of minutes ≥ 0 (without it, the county's remote rule applies)")
    public Response xlsx(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("targetHours") @DefaultValue("72") String targetHours,
            @QueryParam("lang") @DefaultValue("zh") String lang, @QueryParam("remoteMinutes") String remoteMinutes) {
        Request request = request(code, from, to, targetHours, lang, remoteMinutes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(request.report(), request.texts(), out);
        return file(out, XLSX, request.report(), "xlsx");
    }

    private record Request(EvaluationReport report, ReportTexts texts) {
    }

    private Request request(String code, String from, String to, String targetHours, String lang,
            String remoteMinutes) {
        counties.summary(code);
        List<InputError> errors = new ArrayList<>();
        LedgerResource.Period period = LedgerResource.period(from, to, errors);
        int target = LedgerResource.targetHours(targetHours, errors);
        RemoteRule remote = remoteRules.resolve(code, remoteMinutes, errors);
        ReportTexts texts = null;
        try {
            texts = ReportTexts.of(lang.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new InputError("query", "lang", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The report cannot be made", errors);
        }
        return new Request(reports.report(code, period.from(), period.to(), target, remote), texts);
    }

    private static Response file(ByteArrayOutputStream out, String type, EvaluationReport report, String extension) {
        String name = "evaluation-" + report.county().code() + "-" + report.from() + "-" + report.to() + "."
                + extension;
        return Response.ok(out.toByteArray(), type)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"").build();
    }
}
