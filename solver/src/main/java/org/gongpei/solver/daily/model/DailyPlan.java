package org.gongpei.solver.daily.model;

import java.util.List;

/**
 * A solved day: every route, the village → depot assignment, the demand left out and the totals.
 *
 * @param name the problem's name
 * @param routes every vehicle route of the day, trunk down, last mile and direct, trunk up
 * @param assignments which depot serves each village with demand
 * @param unserved demand left out, with reasons
 * @param totals totals
 * @param violations broken rules found by the independent check; empty for a feasible plan
 */
public record DailyPlan(String name, List<PlannedRoute> routes, List<Assignment> assignments, List<Unserved> unserved,
        PlanTotals totals, List<String> violations) {

    /** @return whether the independent check found no broken rule */
    public boolean feasible() {
        return violations.isEmpty();
    }

    /** @return parcels down not delivered and parcels of farm products not collected */
    public int parcelsLeftOut() {
        return unserved.stream().mapToInt(u -> u.parcels() + u.pickupParcels()).sum();
    }
}
