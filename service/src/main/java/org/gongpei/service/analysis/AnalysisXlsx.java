package org.gongpei.service.analysis;

import java.io.OutputStream;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.planning.analysis.Parity;
import org.gongpei.planning.analysis.Savings;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.SeedSpread;
import org.gongpei.planning.analysis.SubsidyAnalysis;
import org.gongpei.planning.analysis.TownshipCost;
import org.gongpei.planning.analysis.VillageCost;
import org.gongpei.service.report.SheetTexts;
import org.gongpei.service.report.SheetWriter;

/**
 * Writes a done scenario analysis as an {@code .xlsx} workbook, headers from the {@code AnalysisWorkbook} bundle: a
 * summary with the parity, the scenarios with their cost parts, the savings (with their range over the seeds when
 * there are several), each village's cost to serve, parity and break-even, each township's cost, and the subsidy's
 * phase-out: the figures of the CSV files and the page. Yuan, km and hours are numbers, shares percentages; every text
 * from the data is a string cell, never a formula.
 */
@ApplicationScoped
public class AnalysisXlsx {

    /** The bundle of the workbook's words. */
    public static final String BUNDLE = "org.gongpei.service.analysis.AnalysisWorkbook";

    /** Writes the workbook of a done analysis. */
    public void write(AnalysisView analysis, SheetTexts texts, OutputStream out) {
        ScenarioReport report = analysis.report();
        SheetWriter.workbook(out, (workbook, styles) -> {
            summary(new SheetWriter(workbook.createSheet(texts.get("sheet.summary")), styles), analysis, texts);
            scenarios(new SheetWriter(workbook.createSheet(texts.get("sheet.scenarios")), styles), report, texts);
            savings(new SheetWriter(workbook.createSheet(texts.get("sheet.savings")), styles), report, texts);
            villages(new SheetWriter(workbook.createSheet(texts.get("sheet.villages")), styles), report, texts);
            townships(new SheetWriter(workbook.createSheet(texts.get("sheet.townships")), styles), report, texts);
            subsidy(new SheetWriter(workbook.createSheet(texts.get("sheet.subsidy")), styles), report, texts);
        });
    }

    private static void summary(SheetWriter rows, AnalysisView analysis, SheetTexts texts) {
        ScenarioReport report = analysis.report();
        rows.header(texts::get, "item", "value");
        rows.next().text(texts.get("county")).text(report.countyName() + " (" + report.countyCode() + ")");
        rows.next().text(texts.get("analysis")).whole(analysis.id());
        rows.next().text(texts.get("date")).date(report.date());
        if (report.seeds() != null) {
            rows.next().text(texts.get("seeds")).text(String.join(", ", report.seeds().seeds().stream()
                    .map(String::valueOf).toList()));
            rows.next().text(texts.get("shownSeed")).whole(report.seeds().shownSeed());
        }
        Parity parity = report.parity();
        if (parity != null) {
            rows.next().text(texts.get("countyCostPerParcel")).yuan(parity.countyCostPerParcelFen() / 100);
            rows.next().text(texts.get("reference")).yuan(parity.options().reference().referenceFenPerParcel() / 100.0);
            rows.next().text(texts.get("ratio")).ratio(parity.countyRatio());
            rows.next().text(texts.get("nonRemoteCostPerParcel")).yuan(parity.nonRemoteCostPerParcelFen() / 100);
            rows.next().text(texts.get("nonRemoteRatio")).ratio(parity.nonRemoteRatio());
            rows.next().text(texts.get("onPar")).text(texts.yesNo(parity.onPar()));
        }
        rows.sheet().setColumnWidth(0, 40 * 256);
        rows.sheet().setColumnWidth(1, 30 * 256);
    }

    private static void scenarios(SheetWriter rows, ScenarioReport report, SheetTexts texts) {
        rows.header(texts::get, "scenario", "solves", "km", "vehicleDays", "driverHours", "fixedYuan", "distanceYuan",
                "timeYuan", "handlingYuan", "costYuan", "yuanPerParcel", "co2Kg", "villagesServed", "villageVisits",
                "parcelsDelivered", "parcelsPickedUp", "unservedParcels", "averageAgeHours", "worstAgeHours");
        for (ScenarioMetrics m : report.scenarios()) {
            rows.next().text(texts.get("scenario." + m.kind())).whole(m.solves()).decimal(m.distanceMetres() / 1000.0)
                    .whole(m.vehicleDays()).decimal(m.driverSeconds() / 3600.0).yuan(m.cost().fixedFen() / 100.0)
                    .yuan(m.cost().distanceFen() / 100.0).yuan(m.cost().timeFen() / 100.0)
                    .yuan(m.cost().handlingFen() / 100.0).yuan(m.totalFen() / 100.0).yuan(m.costPerParcelFen() / 100)
                    .decimal(m.co2Grams() / 1000.0).whole(m.villagesServed()).whole(m.villageVisits())
                    .whole(m.parcelsDelivered()).whole(m.parcelsPickedUp()).whole(m.unservedParcels())
                    .decimal(m.averageParcelAgeSeconds() / 3600.0).decimal(m.worstParcelAgeSeconds() / 3600.0);
        }
        rows.sheet().setColumnWidth(0, 24 * 256);
    }

    private static void savings(SheetWriter rows, ScenarioReport report, SheetTexts texts) {
        rows.header(texts::get, "scenario", "against", "savingYuan", "savingShare", "kmSaved", "vehicleDaysSaved",
                "driverHoursSaved", "co2KgSaved", "comparable", "seedMinYuan", "seedMedianYuan", "seedMaxYuan",
                "penaltyYuanPerParcel", "scenarioUnserved", "againstUnserved");
        for (Savings s : report.savings()) {
            Optional<SeedSpread.Saving> spread = report.seeds() == null || report.seeds().seeds().size() < 2
                    ? Optional.empty() : report.seeds().savings().stream()
                            .filter(x -> x.against() == s.against() && x.scenario() == s.scenario()).findFirst();
            rows.next().text(texts.get("scenario." + s.scenario())).text(texts.get("scenario." + s.against()))
                    .yuan(s.costFen() / 100.0).share(s.costPercent() / 100).decimal(s.distanceMetres() / 1000.0)
                    .whole(s.vehicleDays()).decimal(s.driverSeconds() / 3600.0).decimal(s.co2Grams() / 1000.0)
                    .text(texts.yesNo(s.comparable()))
                    .yuan(spread.map(x -> x.minFen() / 100.0).orElse(null))
                    .yuan(spread.map(x -> x.medianFen() / 100.0).orElse(null))
                    .yuan(spread.map(x -> x.maxFen() / 100.0).orElse(null))
                    .yuan(s.penaltyFenPerParcel() > 0 ? s.penaltyFenPerParcel() / 100.0 : null)
                    .whole(s.scenarioUnservedParcels()).whole(s.againstUnservedParcels());
        }
        rows.sheet().setColumnWidth(0, 24 * 256);
        rows.sheet().setColumnWidth(1, 24 * 256);
    }

    private static void villages(SheetWriter rows, ScenarioReport report, SheetTexts texts) {
        rows.header(texts::get, "villageCode", "villageName", "townshipCode", "depotCode", "parcelsDelivered",
                "parcelsPickedUp", "roadKm", "roadMinutes", "visitYuan", "trunkYuan", "handlingYuan", "costYuan",
                "yuanPerParcel", "ratio", "onPar", "remote", "breakEvenParcels", "firstYearWithoutSubsidy");
        for (int i = 0; i < report.villages().size(); i++) {
            VillageCost v = report.villages().get(i);
            Parity.VillageParity parity = report.parity() == null ? null : report.parity().villages().get(i);
            SubsidyAnalysis.VillageRow subsidy = report.subsidy() == null ? null : report.subsidy().villages().get(i);
            rows.next().text(v.code()).text(v.name()).text(v.townshipCode()).text(v.depotCode())
                    .whole(v.parcelsDelivered()).whole(v.parcelsPickedUp()).decimal(v.roadMetresFromCentre() / 1000.0)
                    .decimal(v.roadSecondsFromCentre() / 60.0).yuan(v.visitFen() / 100.0).yuan(v.trunkFen() / 100.0)
                    .yuan(v.handlingFen() / 100.0).yuan(v.totalFen() / 100.0).yuan(v.costPerParcelFen() / 100)
                    .ratio(parity == null ? null : parity.ratio())
                    .text(parity == null ? null : texts.yesNo(parity.onPar()))
                    .text(parity == null ? null : texts.yesNo(parity.remote()))
                    .decimal(subsidy == null ? null : subsidy.breakEvenWithoutSubsidy())
                    .text(subsidy == null || subsidy.firstYearWithoutSubsidy() == null ? null
                            : String.valueOf(subsidy.firstYearWithoutSubsidy()));
        }
        rows.sheet().setColumnWidth(0, 16 * 256);
        rows.sheet().setColumnWidth(1, 24 * 256);
    }

    private static void townships(SheetWriter rows, ScenarioReport report, SheetTexts texts) {
        rows.header(texts::get, "townshipCode", "townshipName", "villages", "parcels", "costYuan", "yuanPerParcel");
        for (TownshipCost township : report.townships()) {
            rows.next().text(township.code()).text(township.name()).whole(township.villages())
                    .whole(township.parcels()).yuan(township.totalFen() / 100.0).yuan(township.costPerParcelFen() / 100);
        }
        rows.sheet().setColumnWidth(1, 16 * 256);
    }

    private static void subsidy(SheetWriter rows, ScenarioReport report, SheetTexts texts) {
        rows.header(texts::get, "year", "subsidyPerParcel", "subsidyPerDay", "netCostPerParcel", "viableVillages");
        if (report.subsidy() == null) {
            return;
        }
        for (SubsidyAnalysis.YearRow y : report.subsidy().years()) {
            rows.next().text(String.valueOf(y.year())).yuan(y.subsidyFenPerParcel() / 100.0)
                    .yuan(y.subsidyFen() / 100.0).yuan(y.netCostPerParcelFen() / 100).whole(y.viableVillages());
        }
    }
}
