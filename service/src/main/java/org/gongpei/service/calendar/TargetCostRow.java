package org.gongpei.service.calendar;

import java.util.List;

import org.gongpei.planning.calendar.WeekCalendar;

/**
 * One line of the target-cost comparison.
 *
 * @param plan "24 h", "48 h", "72 h" or "every village daily"
 * @param targetHours the target, 0 for every village daily
 * @param visitsPerWeek village visits of the week
 * @param weeklyCostYuan cost of the week
 * @param costPerParcelYuan per parcel delivered or collected
 * @param vehicleDays vehicles used, summed over the days
 * @param kilometres driven
 * @param villagesVisitedPerDay per planned service day, in the week's order
 * @param lateVillages villages with a parcel over the target (for every village daily: over 72 h)
 */
public record TargetCostRow(String plan, long targetHours, int visitsPerWeek, double weeklyCostYuan,
        double costPerParcelYuan, int vehicleDays, double kilometres, List<Integer> villagesVisitedPerDay,
        int lateVillages) {

    /** @return the row of a planned week */
    public static TargetCostRow of(WeekCalendar calendar) {
        boolean daily = calendar.settings().everyVillageDaily();
        long target = calendar.settings().rules().targetSeconds() / 3600;
        long lateLimit = daily ? 72 * 3600 : calendar.settings().rules().targetSeconds();
        return new TargetCostRow(daily ? "every village daily" : target + " h", daily ? 0 : target,
                calendar.villages().stream().mapToInt(village -> village.pattern().visitsPerWeek()).sum(),
                calendar.totals().costFen() / 100.0, calendar.totals().costPerParcelYuan(),
                calendar.totals().vehicleDays(), calendar.totals().distanceMetres() / 1000.0,
                calendar.settings().week().ordered().stream()
                        .map(day -> calendar.totals().villagesVisitedByDay().getOrDefault(day, 0)).toList(),
                (int) calendar.villages().stream().filter(village -> !village.within(lateLimit)).count());
    }
}
