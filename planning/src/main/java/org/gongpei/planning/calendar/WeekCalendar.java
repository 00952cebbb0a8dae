package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.DailyPlan;

/**
 * A planned week: each village's visit pattern and parcel ages, and each service day's routes.
 *
 * @param settings how it was planned
 * @param villages every village with demand in the week, in the county's order
 * @param days the planned service days
 * @param totals the week's totals
 * @param patternScore the pattern choice's score (hard: parcels over the fleet's day; medium: estimated visit
 *        cost in fen; soft: balance), or "daily"
 */
public record WeekCalendar(CalendarSettings settings, List<VillageCalendar> villages, Map<DayOfWeek, DailyPlan> days,
        WeekTotals totals, String patternScore) {

    public WeekCalendar {
        villages = List.copyOf(villages);
        days = Map.copyOf(days);
    }

    /** @return villages some parcel of which misses the target on the recomputed ages */
    public List<VillageCalendar> late() {
        return villages.stream().filter(village -> !village.within(settings.rules().targetSeconds())).toList();
    }
}
