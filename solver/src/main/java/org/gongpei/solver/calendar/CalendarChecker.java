package org.gongpei.solver.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * Recomputes every parcel's planned age from the week's planned routes alone, without the visit patterns:
 * parcels arriving for a village on a day are delivered by the first route stop that delivers to it on that
 * day or a later one (wrapping around into the next week, the same calendar repeated), at that stop's service
 * start (the latest one when the village gets several stops that day).
 */
public final class CalendarChecker {

    private final AgeRules rules;

    /** @param rules the times ages are measured with */
    public CalendarChecker(AgeRules rules) {
        this.rules = rules;
    }

    /**
     * @param parcelsByVillage parcels arriving at the centre per village and weekday, Monday first (7 values)
     * @param plans the planned days of the week
     * @return the ages per village, in the order of the map
     */
    public List<VillageAge> ages(Map<String, int[]> parcelsByVillage, Map<DayOfWeek, DailyPlan> plans) {
        Map<String, Map<DayOfWeek, Long>> deliveries = deliveries(plans);
        List<VillageAge> ages = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : parcelsByVillage.entrySet()) {
            ages.add(age(entry.getKey(), entry.getValue(), deliveries.getOrDefault(entry.getKey(), Map.of())));
        }
        return ages;
    }

    private VillageAge age(String village, int[] parcelsByDay, Map<DayOfWeek, Long> deliveredAt) {
        int parcels = 0;
        int undelivered = 0;
        long worst = 0;
        double weighted = 0;
        int delivered = 0;
        for (DayOfWeek arrival : DayOfWeek.values()) {
            int count = parcelsByDay[arrival.getValue() - 1];
            if (count == 0) {
                continue;
            }
            parcels += count;
            Long ageSeconds = null;
            for (int wait = 0; wait < 7 && ageSeconds == null; wait++) {
                Long at = deliveredAt.get(arrival.plus(wait));
                if (at != null) {
                    ageSeconds = rules.ageSeconds(wait, at);
                }
            }
            if (ageSeconds == null) {
                undelivered += count;
            } else {
                worst = Math.max(worst, ageSeconds);
                weighted += (double) ageSeconds * count;
                delivered += count;
            }
        }
        return new VillageAge(village, parcels, worst, delivered == 0 ? 0 : weighted / delivered, undelivered);
    }

    private static Map<String, Map<DayOfWeek, Long>> deliveries(Map<DayOfWeek, DailyPlan> plans) {
        Map<String, Map<DayOfWeek, Long>> deliveries = new HashMap<>();
        for (Map.Entry<DayOfWeek, DailyPlan> day : plans.entrySet()) {
            for (PlannedRoute route : day.getValue().routes()) {
                for (PlannedStop stop : route.stops()) {
                    if (stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY) {
                        deliveries.computeIfAbsent(stop.siteCode(), code -> new EnumMap<>(DayOfWeek.class))
                                .merge(day.getKey(), stop.serviceStartSeconds(), Math::max);
                    }
                }
            }
        }
        return deliveries;
    }
}
