package org.gongpei.service.design;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongpei.planning.design.HubComparisonResult;
import org.gongpei.planning.design.HubNetworkCandidate;
import org.gongpei.service.report.SheetWriter;
import org.gongpei.service.roads.RoadVersion;

/**
 * Writes a done hub plan as an {@code .xlsx} workbook in one language (headers and sheet names from
 * {@link HubPlanTexts}): a summary, the candidates side by side (each figure's least and greatest over the seeds),
 * each candidate's hubs, and every daily plan. Yuan are whole numbers with thousands separators; every text from
 * the data is a string cell, never a formula.
 */
@ApplicationScoped
public class HubPlanXlsx {

    /** Writes the workbook. */
    public void write(HubComparisonResult plan, RoadVersion roads, HubPlanTexts texts, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
            summary(workbook.createSheet(texts.get("sheet.summary")), plan, roads, texts, styles);
            candidates(workbook.createSheet(texts.get("sheet.candidates")), plan, texts, styles);
            hubs(workbook.createSheet(texts.get("sheet.hubs")), plan, texts, styles);
            runs(workbook.createSheet(texts.get("sheet.runs")), plan, texts, styles);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** @return the candidate's name: the user's, or its origin's in the workbook's language */
    static String name(HubComparisonResult.Candidate candidate, HubPlanTexts texts) {
        return candidate.origin() == HubNetworkCandidate.Origin.USER ? candidate.name()
                : texts.get("origin." + candidate.origin().name());
    }

    private static void summary(Sheet sheet, HubComparisonResult plan, RoadVersion roads, HubPlanTexts texts,
            SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "item", "value");
        rows.next().text(texts.get("county")).text(plan.countyName() + " (" + plan.countyCode() + ")");
        rows.next().text(texts.get("roads")).text(roads == null ? null
                : roads.estimated() ? texts.get("roadsEstimate", roads.estimate().describe()) : roads.source());
        rows.next().text(texts.get("date")).text(plan.date().toString());
        rows.next().text(texts.get("seeds")).whole(plan.seeds().size());
        rows.next().text(texts.get("timeLimit")).whole(plan.timeLimitSeconds());
        rows.next().text(texts.get("serviceDays")).whole(plan.serviceDaysPerYear());
        HubComparisonResult.Siting siting = plan.siting();
        if (siting != null) {
            rows.next().text(texts.get("sitingHubs")).text(String.join(", ", siting.openHubs()));
            rows.next().text(texts.get("sitingFixed")).whole(siting.fixedYuanPerYear());
            rows.next().text(texts.get("sitingTransport")).whole(Math.round(siting.transportYuanPerDay()));
            rows.next().text(texts.get("sitingChecked")).whole(Math.round(siting.checkedTransportYuanPerDay()));
            rows.next().text(texts.get("sitingPasses")).text(texts.get(siting.passes() ? "yes" : "no"));
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 50 * 256);
    }

    private static void candidates(Sheet sheet, HubComparisonResult plan, HubPlanTexts texts,
            SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "candidate", "openHubs", "fixedPerYear", "costPerDayMin", "costPerDayMax", "costPerParcelMin",
                "costPerParcelMax", "kmMin",
                "kmMax", "vehicleDaysMin", "vehicleDaysMax", "unservedMin", "unservedMax", "meanAgeMin", "meanAgeMax",
                "maxAgeMin", "maxAgeMax", "stationVillagesMin", "stationVillagesMax", "hubsUsedMin", "hubsUsedMax");
        for (HubComparisonResult.Candidate candidate : plan.candidates()) {
            SheetWriter row = rows.next().text(name(candidate, texts))
                    .whole(candidate.hubs().stream().filter(HubComparisonResult.Hub::open).count())
                    .whole(candidate.fixedYuanPerYear());
            range(row, candidate.costPerDayYuan(), true);
            range(row, candidate.costPerParcelYuan(), false);
            range(row, candidate.km(), true);
            range(row, candidate.vehicleDays(), true);
            range(row, candidate.unservedParcels(), true);
            range(row, candidate.meanParcelAgeHours(), false);
            range(row, candidate.maxParcelAgeHours(), false);
            range(row, candidate.stationVillagesServed(), true);
            range(row, candidate.hubsUsed(), true);
        }
        sheet.setColumnWidth(0, 28 * 256);
    }

    private static void range(SheetWriter row, HubComparisonResult.Range range, boolean whole) {
        if (range == null) {
            row.text(null).text(null);
        } else if (whole) {
            row.whole(Math.round(range.min())).whole(Math.round(range.max()));
        } else {
            row.decimal(range.min()).decimal(range.max());
        }
    }

    private static void hubs(Sheet sheet, HubComparisonResult plan, HubPlanTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "candidate", "hubCode", "hubName", "township", "openToday", "open", "coldStorage",
                "capacity", "action");
        for (HubComparisonResult.Candidate candidate : plan.candidates()) {
            for (HubComparisonResult.Hub hub : candidate.hubs()) {
                if (!hub.open() && !hub.openToday()) {
                    continue;
                }
                rows.next().text(name(candidate, texts)).text(hub.code()).text(hub.name()).text(hub.townshipCode())
                        .text(texts.get(hub.openToday() ? "yes" : "no")).text(texts.get(hub.open() ? "yes" : "no"))
                        .text(texts.get(hub.coldStorage() ? "yes" : "no")).whole(hub.capacityParcelsPerDay())
                        .text(texts.get("action." + hub.action().name()));
            }
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(2, 28 * 256);
    }

    private static void runs(Sheet sheet, HubComparisonResult plan, HubPlanTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "candidate", "seed", "costPerDay", "transport", "km", "vehicleDays", "parcelsServed",
                "costPerParcel", "unserved",
                "meanAge", "maxAge", "villagesServed", "stationVillages", "hubsUsed", "violations");
        for (HubComparisonResult.Candidate candidate : plan.candidates()) {
            for (HubComparisonResult.Run run : candidate.runs()) {
                rows.next().text(name(candidate, texts)).whole(run.seed()).whole(Math.round(run.costPerDayYuan()))
                        .whole(Math.round(run.transportYuan())).decimal(run.km()).whole(run.vehicleDays())
                        .whole(run.parcelsServed()).decimal(run.costPerParcelYuan()).whole(run.unservedParcels()).decimal(run.meanParcelAgeHours())
                        .decimal(run.maxParcelAgeHours()).whole(run.villagesServed())
                        .whole(run.stationVillagesServed()).text(String.join(", ", run.hubsUsed()))
                        .whole(run.violations());
            }
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(13, 40 * 256);
    }
}
