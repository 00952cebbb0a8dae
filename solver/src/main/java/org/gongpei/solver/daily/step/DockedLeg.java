package org.gongpei.solver.daily.step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * Solves a hub's last mile so that its vans' loadings fit the hub's docks. The routes are solved first; then
 * {@link DockQueue} makes each van back for a reload wait for a free dock. A wait can make a later stop late or a
 * shift too long: the search then runs again from those routes with the waits kept, so it moves or leaves out what
 * no longer fits, and the docks are settled again. After {@value #SEARCHES_AFTER_WAITS} such searches, a van whose
 * day still breaks a rule gives up its last trip (those villages are left out, with their reason) until every
 * route keeps every rule.
 */
public final class DockedLeg {

    static final int SEARCHES_AFTER_WAITS = 2;
    private static final double FIRST_SEARCH_SHARE = 0.9;
    private static final Duration REPAIR_SEARCH = Duration.ofMillis(500);

    private DockedLeg() {
    }

    /**
     * @param docks vans loading at the hub at once, at least 1
     * @param firstLoadSeconds how long a van's first load takes
     * @return the solved leg, its waits set on its vehicles
     */
    public static RoutePlan solve(LegSolver solver, RoutePlan problem, Duration budget, long randomSeed,
            Consumer<String> bestScore, int docks, long firstLoadSeconds) {
        long deadline = System.nanoTime() + budget.toNanos();
        RoutePlan plan = solver.solve(problem, Duration.ofMillis(Math.round(budget.toMillis() * FIRST_SEARCH_SHARE)),
                randomSeed, bestScore);
        Consumer<RoutePlan> update = solver::update;
        for (int search = 0; search < SEARCHES_AFTER_WAITS; search++) {
            boolean waited = DockQueue.settle(plan, docks, firstLoadSeconds, update);
            HardMediumSoftScore score = solver.update(plan);
            if (!waited || score.isFeasible()) {
                return plan;
            }
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            plan = solver.solve(plan, left.compareTo(REPAIR_SEARCH) < 0 ? REPAIR_SEARCH : left, randomSeed, bestScore);
        }
        dropLastTrips(plan, docks, firstLoadSeconds, solver);
        return plan;
    }

    private static void dropLastTrips(RoutePlan plan, int docks, long firstLoadSeconds, LegSolver solver) {
        SolutionChecker checker = new SolutionChecker();
        while (true) {
            DockQueue.settle(plan, docks, firstLoadSeconds, solver::update);
            List<Vehicle> broken = new ArrayList<>();
            for (Vehicle vehicle : plan.getVehicles()) {
                if (!vehicle.getStops().isEmpty() && !checker.check(
                        new RoutePlan(plan.getName(), List.of(vehicle), vehicle.getStops())).violations().isEmpty()) {
                    broken.add(vehicle);
                }
            }
            if (broken.isEmpty()) {
                return;
            }
            for (Vehicle vehicle : broken) {
                int last = vehicle.getStops().get(vehicle.getStops().size() - 1).getTrip();
                List<Stop> kept = vehicle.getStops().stream().filter(stop -> stop.getTrip() < last).toList();
                vehicle.setStops(new ArrayList<>(kept));
            }
            solver.update(plan);
        }
    }
}
