package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

import org.gongpei.solver.daily.model.DailyPlan;

/**
 * Totals of a planned week.
 *
 * @param costFen cost of every route of the week
 * @param parcelsDelivered parcels delivered to villages
 * @param parcelsPickedUp parcels of farm products collected
 * @param vehicleDays vehicles used, summed over the days
 * @param distanceMetres metres driven
 * @param villagesVisitedByDay villages with a stop, per service day
 * @param unservedVillageDays village-days a day's plan left out
 */
public record WeekTotals(long costFen, int parcelsDelivered, int parcelsPickedUp, int vehicleDays,
        long distanceMetres, Map<DayOfWeek, Integer> villagesVisitedByDay, int unservedVillageDays) {

    /** @return the totals of the planned days */
    public static WeekTotals of(Map<DayOfWeek, DailyPlan> days) {
        long cost = 0;
        int delivered = 0;
        int pickedUp = 0;
        int vehicles = 0;
        long metres = 0;
        int unserved = 0;
        Map<DayOfWeek, Integer> visited = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, DailyPlan> day : days.entrySet()) {
            DailyPlan plan = day.getValue();
            cost += plan.totals().costFen();
            delivered += plan.totals().parcelsDelivered();
            pickedUp += plan.totals().parcelsPickedUp();
            vehicles += plan.totals().vehiclesUsed();
            metres += plan.totals().distanceMetres();
            unserved += plan.unserved().size();
            visited.put(day.getKey(), plan.totals().villagesServed());
        }
        return new WeekTotals(cost, delivered, pickedUp, vehicles, metres, visited, unserved);
    }

    /** @return cost per parcel delivered or collected, yuan */
    public double costPerParcelYuan() {
        int parcels = parcelsDelivered + parcelsPickedUp;
        return parcels == 0 ? 0 : costFen / 100.0 / parcels;
    }
}
