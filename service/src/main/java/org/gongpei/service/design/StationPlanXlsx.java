package org.gongpei.service.design;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongpei.service.report.SheetWriter;
import org.gongpei.service.roads.RoadVersion;

/**
 * Writes a done station plan as an {@code .xlsx} workbook in one language (headers and sheet names from
 * {@link StationPlanTexts}): a summary, the chosen stations (one row per village with a station in the plan), the
 * coverage rules as the independent checker found them, and the townships. Yuan are whole numbers with thousands
 * separators, shares percentages; every text from the data is a string cell, never a formula.
 */
@ApplicationScoped
public class StationPlanXlsx {

    /** Writes the workbook. */
    public void write(StationPlanResult plan, StationPlanTexts texts, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
            summary(workbook.createSheet(texts.get("sheet.summary")), plan, texts, styles);
            stations(workbook.createSheet(texts.get("sheet.stations")), plan, texts, styles);
            rules(workbook.createSheet(texts.get("sheet.rules")), plan, texts, styles);
            townships(workbook.createSheet(texts.get("sheet.townships")), plan, texts, styles);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void summary(Sheet sheet, StationPlanResult plan, StationPlanTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "item", "value");
        rows.next().text(texts.get("county")).text(plan.countyName() + " (" + plan.countyCode() + ")");
        RoadVersion roads = plan.roads();
        rows.next().text(texts.get("roads")).text(roads == null ? null
                : roads.estimated() ? texts.get("roadsEstimate", roads.estimate().describe()) : roads.source());
        rows.next().text(texts.get("stationsToday")).whole(plan.stationsToday());
        rows.next().text(texts.get("stations")).whole(plan.stations());
        rows.next().text(texts.get("stationsKept")).whole(plan.stationsKept());
        rows.next().text(texts.get("stationsUpgraded")).whole(plan.stationsUpgraded());
        rows.next().text(texts.get("stationsNew")).whole(plan.stationsNew());
        rows.next().text(texts.get("stationsClosed")).whole(plan.stationsClosed());
        rows.next().text(texts.get("constructionCost")).whole(plan.constructionCostYuan());
        rows.next().text(texts.get("allVillagesCost")).whole(plan.allVillagesCostYuan());
        rows.next().text(texts.get("saving")).share(plan.allVillagesCostYuan() == null || plan.allVillagesCostYuan() == 0
                ? null : 1 - (double) plan.constructionCostYuan() / plan.allVillagesCostYuan());
        rows.next().text(texts.get("deliveryCost")).whole(plan.deliveryCostYuan());
        rows.next().text(texts.get("passes")).text(yesNo(texts, plan.passes()));
        rows.next().text(texts.get("solveSeconds")).decimal(plan.solveMillis() == null ? null : plan.solveMillis() / 1000.0);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 50 * 256);
    }

    private static void stations(Sheet sheet, StationPlanResult plan, StationPlanTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "code", "name", "township", "population", "poor", "stationToday", "choice", "cost");
        for (StationPlanResult.Village village : plan.villages()) {
            if ("NONE".equals(village.choice())) {
                continue;
            }
            rows.next().text(village.code()).text(village.name()).text(village.townshipName())
                    .whole(village.population()).text(yesNo(texts, village.poor()))
                    .text(yesNo(texts, village.stationToday())).text(texts.get("choice." + village.choice()))
                    .whole(village.constructionCostYuan());
        }
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 16 * 256);
    }

    private static void rules(Sheet sheet, StationPlanResult plan, StationPlanTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "rule", "required", "today", "achieved", "share", "held", "breaking");
        for (StationPlanResult.Rule rule : plan.rules()) {
            rows.next().text(texts.get("rule." + rule.rule().name())).whole(rule.required()).whole(rule.today())
                    .whole(rule.achieved()).share(rule.required() == null || rule.required() == 0 ? null
                            : (double) rule.achieved() / rule.required())
                    .text(yesNo(texts, rule.held())).text(String.join(", ", rule.breaking()));
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(6, 60 * 256);
    }

    private static void townships(Sheet sheet, StationPlanResult plan, StationPlanTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "townshipCode", "township", "villages", "stationsToday", "stations", "upgraded", "built",
                "cost");
        for (StationPlanResult.Township township : plan.townships()) {
            rows.next().text(township.code()).text(township.name()).whole(township.villages())
                    .whole(township.stationsToday()).whole(township.stations()).whole(township.upgraded())
                    .whole(township.built()).whole(township.constructionCostYuan());
        }
        sheet.setColumnWidth(1, 16 * 256);
    }

    private static String yesNo(StationPlanTexts texts, Boolean value) {
        return value == null ? null : texts.get(value ? "yes" : "no");
    }
}
