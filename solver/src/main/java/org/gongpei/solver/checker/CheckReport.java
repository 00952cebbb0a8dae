package org.gongpei.solver.checker;

import java.util.List;

/**
 * What {@link SolutionChecker} recomputed for a plan.
 *
 * @param violations every broken hard rule; empty for a feasible plan
 * @param usedVehicles vehicles with at least one stop
 * @param totalDistanceMetres metres driven by all vehicles, depot to depot
 * @param totalCostScoreUnits fixed + distance + working time cost, in soft score units
 *        ({@link org.gongpei.solver.domain.RoutePlan#SCORE_PER_COST_UNIT} per currency unit)
 * @param unassignedOptionalPenalty sum of the penalties of unserved optional stops
 */
public record CheckReport(List<Violation> violations, int usedVehicles, long totalDistanceMetres,
        long totalCostScoreUnits, long unassignedOptionalPenalty) {

    /** @return whether no hard rule is broken */
    public boolean feasible() {
        return violations.isEmpty();
    }
}
