package org.gongpei.service.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import org.gongpei.planning.calendar.VillageCalendar;
import org.gongpei.planning.calendar.WeekCalendar;
import org.gongpei.solver.daily.model.DailyPlan;

/**
 * A planned week as the API returns and stores it: the grid of villages × days, the days' routes summarised
 * and the totals.
 *
 * @param targetHours the target
 * @param serviceDays the service days, e.g. "MON"
 * @param villages one row per village with demand in the week
 * @param days one summary per planned service day
 * @param weeklyCostYuan cost of every route of the week
 * @param costPerParcelYuan per parcel delivered or collected
 * @param vehicleDays vehicles used, summed over the days
 * @param kilometres driven in the week
 * @param parcelsDelivered parcels delivered
 * @param patternScore the pattern choice's score
 */
public record CalendarResult(long targetHours, List<String> serviceDays, List<VillageRow> villages, List<DayRow> days,
        double weeklyCostYuan, double costPerParcelYuan, int vehicleDays, double kilometres, int parcelsDelivered,
        String patternScore) {

    /**
     * @param code village code
     * @param name name
     * @param townshipCode township
     * @param visitDays visit days, e.g. ["MON","THU"]
     * @param parcels parcels of the week
     * @param roadMinutes road time from the county centre
     * @param worstAgeHours worst planned parcel age, recomputed from the routes
     * @param averageAgeHours parcel-weighted mean planned age
     * @param undeliveredParcels parcels without a delivery in the week
     * @param withinTarget every parcel within the target
     * @param unmetReason why the target cannot be met even with daily service, in English, or null
     * @param unmetCode the same as a code ({@code ROAD_TIME_OVER_TARGET}, {@code DAILY_VISITS_OVER_TARGET}), or null
     * @param unmetArguments the code's values (hours, and the worst arrival day as e.g. {@code SUNDAY}), or null
     */
    public record VillageRow(String code, String name, String townshipCode, List<String> visitDays, int parcels,
            double roadMinutes, double worstAgeHours, double averageAgeHours, int undeliveredParcels,
            boolean withinTarget, String unmetReason, String unmetCode, List<String> unmetArguments) {
    }

    /**
     * @param day e.g. "MON"
     * @param villagesVisited villages with a stop
     * @param parcelsDelivered parcels delivered
     * @param routes routes of the day
     * @param vehicles vehicles used
     * @param kilometres driven
     * @param costYuan cost
     * @param unservedVillages villages the day's plan left out
     */
    public record DayRow(String day, int villagesVisited, int parcelsDelivered, int routes, int vehicles,
            double kilometres, double costYuan, int unservedVillages) {
    }

    /** @return the document of a planned week */
    public static CalendarResult of(WeekCalendar calendar) {
        long target = calendar.settings().rules().targetSeconds();
        List<VillageRow> villages = new ArrayList<>();
        for (VillageCalendar village : calendar.villages()) {
            villages.add(new VillageRow(village.code(), village.name(), village.townshipCode(),
                    village.pattern().days().stream().map(CalendarResult::dayName).toList(), village.parcels(),
                    village.roadSecondsFromCentre() / 60.0, village.checkedWorstAgeSeconds() / 3600.0,
                    village.checkedAverageAgeSeconds() / 3600.0, village.undeliveredParcels(), village.within(target),
                    village.unmetReason(), village.unmet() == null ? null : village.unmet().code(),
                    village.unmet() == null ? null : village.unmet().arguments()));
        }
        List<DayRow> days = new ArrayList<>();
        for (DayOfWeek day : calendar.settings().week().ordered()) {
            DailyPlan plan = calendar.days().get(day);
            if (plan != null) {
                days.add(new DayRow(dayName(day), plan.totals().villagesServed(), plan.totals().parcelsDelivered(),
                        plan.routes().size(), plan.totals().vehiclesUsed(), plan.totals().distanceMetres() / 1000.0,
                        plan.totals().costFen() / 100.0, plan.unserved().size()));
            }
        }
        return new CalendarResult(target / 3600, calendar.settings().week().ordered().stream().map(CalendarResult::dayName)
                .toList(), villages, days, calendar.totals().costFen() / 100.0, calendar.totals().costPerParcelYuan(),
                calendar.totals().vehicleDays(), calendar.totals().distanceMetres() / 1000.0,
                calendar.totals().parcelsDelivered(), calendar.patternScore());
    }

    /** @return "MON" for Monday */
    public static String dayName(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
