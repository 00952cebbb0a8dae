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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.indicators.IndicatorsReport;
import org.gongpei.service.indicators.IndicatorsService;
import org.gongpei.service.indicators.IndicatorsXlsx;
import org.gongpei.service.indicators.ProgrammeIndicators;
import org.gongpei.service.report.SheetTexts;

/** A county's programme indicators (绩效评价) for a period, as JSON, as a printable page and as a workbook. */
@Path("/api/v1/counties/{code}/indicators")
@Tag(name = "Indicators", description = "The figures a county's programme is judged by")
public class CountyIndicatorsResource {

    @Inject
    CountyService counties;

    @Inject
    IndicatorsService indicators;

    @Inject
    IndicatorsXlsx xlsx;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Station coverage (all villages, poor villages, villages of 500 or more, townships), parcels"
            + " within targetHours (default 72) from the records of [from, to) and as planned by the latest weekly"
            + " calendar, cost per parcel against the provincial capital with its trend over the analyses, farm"
            + " products collected and the subsidy's phase-out from the latest analysis; missing names what is not there")
    @APIResponse(responseCode = "422", description = "A missing or unreadable date, to not after from, a target outside 1–720 h")
    public ProgrammeIndicators get(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("targetHours") @DefaultValue("72") String targetHours) {
        return compute(code, from, to, targetHours, new ArrayList<>());
    }

    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The same as a printable page (A4), in Chinese or English (lang=zh|en)")
    @APIResponse(responseCode = "422", description = "As above, or lang not zh/en")
    public String report(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("targetHours") @DefaultValue("72") String targetHours,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<InputError> errors = new ArrayList<>();
        if (!lang.equals("zh") && !lang.equals("en")) {
            errors.add(new InputError("query", "lang", "lang is zh or en, was " + lang));
        }
        return IndicatorsReport.render(compute(code, from, to, targetHours, errors), lang);
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "The same as an .xlsx workbook, headers in Chinese or English (lang=zh|en): the county's"
            + " figures, its cost trend over the analyses and the subsidy's phase-out")
    @APIResponse(responseCode = "422", description = "As above, or lang not zh/en")
    public Response export(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("targetHours") @DefaultValue("72") String targetHours,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<InputError> errors = new ArrayList<>();
        SheetTexts texts = Workbooks.texts(IndicatorsXlsx.BUNDLE, lang, errors);
        ProgrammeIndicators indicators = compute(code, from, to, targetHours, errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(indicators, texts, out);
        return Workbooks.attachment(out, "indicators-" + code + "-" + indicators.from() + ".xlsx");
    }

    private ProgrammeIndicators compute(String code, String from, String to, String targetHours, List<InputError> errors) {
        counties.summary(code);
        LedgerResource.Period period = LedgerResource.period(from, to, errors);
        int target = LedgerResource.targetHours(targetHours, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The indicators cannot be computed", errors);
        }
        return indicators.compute(code, period.from(), period.to(), target);
    }
}
