package org.gongpei.service.rest;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.gongpei.service.account.CountyScopes;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.CountySummary;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.indicators.IndicatorsXlsx;
import org.gongpei.service.indicators.Province;
import org.gongpei.service.indicators.ProvinceIndicators;
import org.gongpei.service.indicators.ProvinceIndicatorsService;
import org.gongpei.service.indicators.ProvinceNotFoundException;
import org.gongpei.service.report.SheetTexts;

/** The provinces of the counties the caller may see, and a province's counties' indicators side by side. */
@Path("/api/v1/provinces")
@Tag(name = "Indicators", description = "The figures a county's programme is judged by")
public class ProvinceResource {

    @Inject
    CountyService counties;

    @Inject
    CountyScopes scopes;

    @Inject
    SecurityIdentity identity;

    @Inject
    ProvinceIndicatorsService provinces;

    @Inject
    IndicatorsXlsx xlsx;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The provinces of the counties the caller may see, by name, each with those counties")
    public List<Province> list() {
        return ProvinceIndicatorsService.provinces(visible());
    }

    @GET
    @Path("/{province}/indicators")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each county of the province the caller may see with its programme indicators for [from, to)"
            + " (as for one county), and totals over them: villages, stations and the shares they make, parcels within"
            + " the target over every county's records, medians of the cost per parcel and its ratio to the capital's")
    @APIResponse(responseCode = "404", description = "No county of this province that the caller may see")
    @APIResponse(responseCode = "422", description = "A missing or unreadable date, to not after from, a target outside 1–720 h")
    public ProvinceIndicators indicators(@PathParam("province") String province, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("targetHours") @DefaultValue("72") String targetHours) {
        return compute(province, from, to, targetHours, new ArrayList<>());
    }

    @GET
    @Path("/{province}/indicators/export.xlsx")
    @Produces(Workbooks.XLSX)
    @Operation(summary = "The same as an .xlsx workbook, headers in Chinese or English (lang=zh|en): a summary with"
            + " the totals and one row per county")
    @APIResponse(responseCode = "404", description = "No county of this province that the caller may see")
    @APIResponse(responseCode = "422", description = "As above, or lang not zh/en")
    public Response export(@PathParam("province") String province, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("targetHours") @DefaultValue("72") String targetHours,
            @QueryParam("lang") @DefaultValue("zh") String lang) {
        List<InputError> errors = new ArrayList<>();
        SheetTexts texts = Workbooks.texts(IndicatorsXlsx.BUNDLE, lang, errors);
        ProvinceIndicators indicators = compute(province, from, to, targetHours, errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx.write(indicators, texts, out);
        return Workbooks.attachment(out, "indicators-" + indicators.from() + ".xlsx");
    }

    private ProvinceIndicators compute(String province, String from, String to, String targetHours,
            List<InputError> errors) {
        List<CountySummary> visible = visible();
        if (visible.stream().noneMatch(county -> county.province().equals(province))) {
            throw new ProvinceNotFoundException(province);
        }
        LedgerResource.Period period = LedgerResource.period(from, to, errors);
        int target = LedgerResource.targetHours(targetHours, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The indicators cannot be computed", errors);
        }
        return provinces.compute(province, visible, period.from(), period.to(), target);
    }

    private List<CountySummary> visible() {
        Set<String> codes = Set.copyOf(scopes.visibleCodes(identity));
        return counties.list().stream().filter(county -> codes.contains(county.code())).toList();
    }
}
