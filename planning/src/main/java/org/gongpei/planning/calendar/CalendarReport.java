package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.network.VillageData;
import org.gongpei.solver.calendar.AgeRules;
import org.gongpei.solver.calendar.CalendarChecker;
import org.gongpei.solver.calendar.PatternChoice;
import org.gongpei.solver.calendar.VillageAge;
import org.gongpei.solver.calendar.VisitPattern;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * The {@link WeekCalendar} of planned days: per village its pattern, the worst parcel age the pattern plans
 * and every parcel's age recomputed from the routes by the independent {@link CalendarChecker}.
 */
final class CalendarReport {

    private CalendarReport() {
    }

    /**
     * @param villages the planned villages, in order
     * @param parcels by village code, the parcels arriving for it on each day of the week
     * @param choices by village code, its allowed patterns or why it cannot meet the target
     * @param patterns by village code, its chosen pattern
     * @param days the planned service days
     * @param score the pattern chooser's score
     */
    static WeekCalendar of(CalendarSettings settings, List<VillageData> villages, Map<String, int[]> parcels,
            Map<String, PatternChoice> choices, Map<String, VisitPattern> patterns, VillageRoads roads,
            Map<DayOfWeek, DailyPlan> days, String score) {
        List<VillageCalendar> calendars = calendars(villages, parcels, choices, patterns, roads, days,
                settings.rules());
        return new WeekCalendar(settings, calendars, days, WeekTotals.of(days), score);
    }

    private static List<VillageCalendar> calendars(List<VillageData> villages, Map<String, int[]> parcels,
            Map<String, PatternChoice> choices, Map<String, VisitPattern> patterns, VillageRoads roads,
            Map<DayOfWeek, DailyPlan> days, AgeRules rules) {
        Map<String, int[]> ordered = new LinkedHashMap<>();
        villages.forEach(village -> ordered.put(village.code(), parcels.get(village.code())));
        List<VillageAge> ages = new CalendarChecker(rules).ages(ordered, days);
        Map<String, Map<DayOfWeek, Long>> arrivals = arrivals(days);
        List<VillageCalendar> calendars = new ArrayList<>();
        for (int v = 0; v < villages.size(); v++) {
            VillageData village = villages.get(v);
            VillageAge age = ages.get(v);
            VisitPattern pattern = patterns.get(village.code());
            calendars.add(new VillageCalendar(village.code(), village.name(), village.townshipCode(), pattern,
                    parcels.get(village.code()), roads.seconds()[v], choices.get(village.code()).unmet(),
                    plannedWorstAge(pattern, parcels.get(village.code()), arrivals.getOrDefault(village.code(), Map.of()),
                            rules),
                    age.worstAgeSeconds(), age.averageAgeSeconds(), age.undeliveredParcels()));
        }
        return calendars;
    }

    /** The worst age by the pattern: whole days of waiting, then the planned arrival on the visit day. */
    private static long plannedWorstAge(VisitPattern pattern, int[] parcels, Map<DayOfWeek, Long> arrivals,
            AgeRules rules) {
        long worst = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (parcels[day.ordinal()] == 0) {
                continue;
            }
            Long at = arrivals.get(pattern.deliveryDay(day));
            if (at == null) {
                return -1;
            }
            worst = Math.max(worst, rules.ageSeconds(pattern.waitDays(day), at));
        }
        return worst;
    }

    private static Map<String, Map<DayOfWeek, Long>> arrivals(Map<DayOfWeek, DailyPlan> days) {
        Map<String, Map<DayOfWeek, Long>> arrivals = new HashMap<>();
        days.forEach((day, plan) -> {
            for (PlannedRoute route : plan.routes()) {
                for (PlannedStop stop : route.stops()) {
                    if (stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY) {
                        arrivals.computeIfAbsent(stop.siteCode(), code -> new EnumMap<>(DayOfWeek.class))
                                .merge(day, stop.serviceStartSeconds(), Math::max);
                    }
                }
            }
        });
        return arrivals;
    }
}
