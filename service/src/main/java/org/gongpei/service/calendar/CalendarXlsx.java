package org.gongpei.service.calendar;

import java.io.OutputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.report.SheetTexts;
import org.gongpei.service.report.SheetWriter;

/**
 * Writes a weekly calendar, or a target-cost comparison, as an {@code .xlsx} workbook, headers from the
 * {@code CalendarWorkbook} bundle. A calendar: its totals, the schedule (one row per village, a column per service
 * day marking the days it is visited), the days' routes, and the compliance per township. Yuan, km and hours are
 * numbers, shares percentages; every text from the data is a string cell, never a formula.
 */
@ApplicationScoped
public class CalendarXlsx {

    /** The bundle of the workbooks' words. */
    public static final String BUNDLE = "org.gongpei.service.calendar.CalendarWorkbook";

    /** Writes a done calendar's workbook, villages judged remote from this road time as in its compliance. */
    public void write(long id, CalendarResult calendar, Compliance compliance, SheetTexts texts, OutputStream out) {
        SheetWriter.workbook(out, (workbook, styles) -> {
            SheetWriter summary = new SheetWriter(workbook.createSheet(texts.get("sheet.summary")), styles);
            summary.header(texts::get, "item", "value");
            summary.next().text(texts.get("calendar")).whole(id);
            summary.next().text(texts.get("targetHours")).whole(calendar.targetHours());
            summary.next().text(texts.get("weeklyCost")).yuan(calendar.weeklyCostYuan());
            summary.next().text(texts.get("costPerParcel")).yuan(calendar.costPerParcelYuan());
            summary.next().text(texts.get("vehicleDays")).whole(calendar.vehicleDays());
            summary.next().text(texts.get("km")).decimal(calendar.kilometres());
            summary.next().text(texts.get("parcelsDelivered")).whole(calendar.parcelsDelivered());
            summary.next().text(texts.get("shareOfVillagesWithin")).share(compliance.shareOfVillagesWithin());
            summary.next().text(texts.get("shareOfParcelsWithin")).share(compliance.shareOfParcelsWithin());
            summary.next().text(texts.get("remoteMinutes")).decimal(compliance.remoteThresholdMinutes());
            summary.sheet().setColumnWidth(0, 36 * 256);

            SheetWriter schedule = new SheetWriter(workbook.createSheet(texts.get("sheet.schedule")), styles);
            List<String> header = new java.util.ArrayList<>(List.of("villageCode", "villageName", "townshipCode"));
            calendar.serviceDays().forEach(day -> header.add("day." + day));
            header.addAll(List.of("parcels", "roadMinutes", "worstAgeHours", "averageAgeHours", "withinTarget",
                    "remote"));
            schedule.header(texts::get, header.toArray(String[]::new));
            java.util.Set<String> remote = java.util.Set.copyOf(compliance.remoteVillages());
            for (CalendarResult.VillageRow village : calendar.villages()) {
                schedule.next().text(village.code()).text(village.name()).text(village.townshipCode());
                calendar.serviceDays().forEach(day -> schedule.text(village.visitDays().contains(day)
                        ? texts.get("visited") : null));
                schedule.whole(village.parcels()).decimal(village.roadMinutes()).decimal(village.worstAgeHours())
                        .decimal(village.averageAgeHours()).text(texts.yesNo(village.withinTarget()))
                        .text(texts.yesNo(remote.contains(village.code())));
            }
            schedule.sheet().setColumnWidth(0, 16 * 256);
            schedule.sheet().setColumnWidth(1, 24 * 256);

            SheetWriter days = new SheetWriter(workbook.createSheet(texts.get("sheet.days")), styles);
            days.header(texts::get, "day", "villagesVisited", "parcelsDelivered", "routes", "vehicles", "km", "cost",
                    "unservedVillages");
            for (CalendarResult.DayRow day : calendar.days()) {
                days.next().text(texts.get("day." + day.day())).whole(day.villagesVisited()).whole(day.parcelsDelivered())
                        .whole(day.routes()).whole(day.vehicles()).decimal(day.kilometres()).yuan(day.costYuan())
                        .whole(day.unservedVillages());
            }

            SheetWriter townships = new SheetWriter(workbook.createSheet(texts.get("sheet.townships")), styles);
            townships.header(texts::get, "townshipCode", "villages", "villagesWithin", "shareOfVillagesWithin",
                    "parcels", "parcelsWithin", "shareOfParcelsWithin", "worstAgeHours");
            for (Compliance.TownshipCompliance township : compliance.townships()) {
                townships.next().text(township.townshipCode()).whole(township.villages())
                        .whole(township.villagesWithin()).share(share(township.villagesWithin(), township.villages()))
                        .whole(township.parcels()).whole(township.parcelsWithin())
                        .share(share(township.parcelsWithin(), township.parcels())).decimal(township.worstAgeHours());
            }
        });
    }

    /** Writes a done target-cost comparison's workbook: one row per target, as the curve on the page. */
    public void write(long id, List<TargetCostRow> rows, SheetTexts texts, OutputStream out) {
        SheetWriter.workbook(out, (workbook, styles) -> {
            SheetWriter curve = new SheetWriter(workbook.createSheet(texts.get("sheet.targetCosts")), styles);
            curve.header(texts::get, "plan", "targetHours", "visitsPerWeek", "weeklyCost", "costPerParcel",
                    "vehicleDays", "km", "lateVillages");
            for (TargetCostRow row : rows) {
                curve.next().text(row.targetHours() == 0 ? texts.get("everyVillageDaily")
                        : texts.get("withinHours", row.targetHours())).whole(row.targetHours() == 0 ? null : row.targetHours())
                        .whole(row.visitsPerWeek()).yuan(row.weeklyCostYuan()).yuan(row.costPerParcelYuan())
                        .whole(row.vehicleDays()).decimal(row.kilometres()).whole(row.lateVillages());
            }
            curve.sheet().setColumnWidth(0, 24 * 256);
        });
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
