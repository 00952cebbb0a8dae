package org.gongpei.service.indicators;

import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.indicators.ProgrammeIndicators.CostPoint;
import org.gongpei.service.indicators.ProgrammeIndicators.SubsidyYear;
import org.gongpei.service.report.SheetTexts;
import org.gongpei.service.report.SheetWriter;

/**
 * Writes programme indicators as {@code .xlsx} workbooks, headers from the {@code IndicatorsWorkbook} bundle: a
 * province's counties one row each with their totals, or one county's figures with its cost trend and subsidy.
 * Shares are numbers formatted as percentages, yuan to the fen; every text from the data is a string cell.
 */
@ApplicationScoped
public class IndicatorsXlsx {

    /** The bundle of the workbooks' words. */
    public static final String BUNDLE = "org.gongpei.service.indicators.IndicatorsWorkbook";

    /** A column of a county's row: its header key and how its cell is written. */
    private record Figure(String key, BiConsumer<SheetWriter, ProgrammeIndicators> cell) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("villages", (w, c) -> w.whole(c.coverage().villages())),
            new Figure("stations", (w, c) -> w.whole(c.coverage().stations())),
            new Figure("shareOfVillages", (w, c) -> w.share(c.coverage().shareOfVillages())),
            new Figure("poorVillages", (w, c) -> w.whole(c.coverage().poorVillages())),
            new Figure("poorWithStation", (w, c) -> w.whole(c.coverage().poorWithStation())),
            new Figure("shareOfPoor", (w, c) -> w.share(c.coverage().shareOfPoor())),
            new Figure("largeVillages", (w, c) -> w.whole(c.coverage().largeVillages())),
            new Figure("largeWithStation", (w, c) -> w.whole(c.coverage().largeWithStation())),
            new Figure("townships", (w, c) -> w.whole(c.coverage().townships())),
            new Figure("townshipsWithStation", (w, c) -> w.whole(c.coverage().townshipsWithStation())),
            new Figure("recordParcels", (w, c) -> w.whole(c.delivery().recordParcels())),
            new Figure("recordShareWithin", (w, c) -> w.share(c.delivery().recordShareWithin())),
            new Figure("plannedShareWithin", (w, c) -> w.share(c.delivery().plannedShareOfParcelsWithin())),
            new Figure("costPerParcel", (w, c) -> w.yuan(c.costs().costPerParcelYuan())),
            new Figure("reference", (w, c) -> w.yuan(c.costs().referenceYuanPerParcel())),
            new Figure("ratio", (w, c) -> w.ratio(c.costs().ratio())),
            new Figure("farmCollected", (w, c) -> w.whole(c.costs().farmParcelsCollected())),
            new Figure("analysis", (w, c) -> w.whole(c.costs().analysisId())));

    /** Writes a province's workbook: a summary with the totals, then one row per county. */
    public void write(ProvinceIndicators province, SheetTexts texts, OutputStream out) {
        SheetWriter.workbook(out, (workbook, styles) -> {
            SheetWriter rows = new SheetWriter(workbook.createSheet(texts.get("sheet.summary")), styles);
            rows.header(texts::get, "item", "value");
            rows.next().text(texts.get("province")).text(province.province());
            period(rows, texts, province.from(), province.to(), province.targetHours());
            ProvinceIndicators.Totals totals = province.totals();
            rows.next().text(texts.get("counties")).whole(totals.counties());
            rows.next().text(texts.get("villages")).whole(totals.villages());
            rows.next().text(texts.get("stations")).whole(totals.stations());
            rows.next().text(texts.get("shareOfVillages")).share(totals.shareOfVillages());
            rows.next().text(texts.get("poorVillages")).whole(totals.poorVillages());
            rows.next().text(texts.get("poorWithStation")).whole(totals.poorWithStation());
            rows.next().text(texts.get("shareOfPoor")).share(totals.shareOfPoor());
            rows.next().text(texts.get("townships")).whole(totals.townships());
            rows.next().text(texts.get("townshipsWithStation")).whole(totals.townshipsWithStation());
            rows.next().text(texts.get("shareOfTownships")).share(totals.shareOfTownships());
            rows.next().text(texts.get("recordParcels")).whole(totals.recordParcels());
            rows.next().text(texts.get("recordShareWithin")).share(totals.recordShareWithin());
            rows.next().text(texts.get("medianPlannedShareWithin")).share(totals.medianPlannedShareWithin());
            rows.next().text(texts.get("medianCostPerParcel")).yuan(totals.medianCostPerParcelYuan());
            rows.next().text(texts.get("medianRatio")).ratio(totals.medianRatio());
            rows.next().text(texts.get("countiesOnPar")).whole(totals.countiesOnPar());
            widths(rows, 40, 30);

            SheetWriter counties = new SheetWriter(workbook.createSheet(texts.get("sheet.counties")), styles);
            counties.header(texts::get, header(texts));
            for (ProgrammeIndicators county : province.counties()) {
                counties.next().text(county.countyCode()).text(county.countyName());
                FIGURES.forEach(figure -> figure.cell().accept(counties, county));
                counties.text(texts.yesNo(county.costs().onPar()));
            }
            widths(counties, 14, 20);
        });
    }

    /** Writes a county's workbook: its figures, its cost trend over the analyses and the subsidy's phase-out. */
    public void write(ProgrammeIndicators county, SheetTexts texts, OutputStream out) {
        SheetWriter.workbook(out, (workbook, styles) -> {
            SheetWriter rows = new SheetWriter(workbook.createSheet(texts.get("sheet.summary")), styles);
            rows.header(texts::get, "item", "value");
            rows.next().text(texts.get("county")).text(county.countyName() + " (" + county.countyCode() + ")");
            period(rows, texts, county.from(), county.to(), county.targetHours());
            for (Figure figure : FIGURES) {
                rows.next().text(texts.get(figure.key()));
                figure.cell().accept(rows, county);
            }
            rows.next().text(texts.get("onPar")).text(texts.yesNo(county.costs().onPar()));
            for (String missing : county.missing()) {
                rows.next().text(texts.get("missing")).text(texts.get("missing." + missing));
            }
            widths(rows, 40, 40);

            SheetWriter trend = new SheetWriter(workbook.createSheet(texts.get("sheet.trend")), styles);
            trend.header(texts::get, "date", "analysis", "costPerParcel", "ratio");
            for (CostPoint point : county.costs().trend()) {
                trend.next().date(point.date()).whole(point.analysisId()).yuan(point.costPerParcelYuan()).ratio(point.ratio());
            }
            SheetWriter subsidy = new SheetWriter(workbook.createSheet(texts.get("sheet.subsidy")), styles);
            subsidy.header(texts::get, "year", "subsidyPerParcel", "netCostPerParcel");
            for (SubsidyYear year : county.costs().subsidy()) {
                subsidy.next().text(String.valueOf(year.year())).yuan(year.subsidyYuanPerParcel())
                        .yuan(year.netCostPerParcelYuan());
            }
        });
    }

    private static String[] header(SheetTexts texts) {
        List<String> keys = new java.util.ArrayList<>(List.of("code", "name"));
        FIGURES.forEach(figure -> keys.add(figure.key()));
        keys.add("onPar");
        return keys.toArray(String[]::new);
    }

    private static void period(SheetWriter rows, SheetTexts texts, java.time.LocalDate from, java.time.LocalDate to,
            int targetHours) {
        rows.next().text(texts.get("period")).text(texts.get("periodValue", from.toString(), to.minusDays(1).toString()));
        rows.next().text(texts.get("targetHours")).whole(targetHours);
    }

    private static void widths(SheetWriter rows, int first, int second) {
        rows.sheet().setColumnWidth(0, first * 256);
        rows.sheet().setColumnWidth(1, second * 256);
    }
}
