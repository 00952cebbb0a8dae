package org.gongpei.solver.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.checker.CheckReport;
import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.testing.RandomProblems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The construction's route evaluator must call a route feasible exactly when the checker does, at the same cost. */
class RouteEvaluatorTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void agreesWithTheCheckerOnEveryInsertionPosition(long seed) {
        RoutePlan plan = RandomProblems.create(seed, 24, 8);
        agreesWithTheChecker(plan, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void agreesWithTheCheckerOnRoutesWithTripsAndBreaks(long seed) {
        RoutePlan plan = RandomProblems.createMultiTrip(seed, 24, 4);
        int feasibleWithReloads = agreesWithTheChecker(plan, seed);
        assertThat(feasibleWithReloads).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void agreesWithTheCheckerWhenReloadsWaitForADock(long seed) {
        RoutePlan plan = RandomProblems.createMultiTripWithDockWaits(seed, 24, 4);
        int feasibleWithReloads = agreesWithTheChecker(plan, seed);
        assertThat(feasibleWithReloads).isPositive();
    }

    /** @return how many feasible candidate routes had more than one trip */
    private static int agreesWithTheChecker(RoutePlan plan, long seed) {
        RandomProblems.assignRandomly(plan, seed * 17);
        RouteEvaluator evaluator = new RouteEvaluator();
        int feasible = 0;
        int infeasible = 0;
        int withReloads = 0;
        for (Vehicle vehicle : plan.getVehicles()) {
            List<Stop> route = List.copyOf(vehicle.getStops());
            Stop candidate = plan.getStops().get((int) (seed % plan.getStops().size()));
            for (int position = 0; position <= route.size(); position++) {
                List<Stop> withCandidate = new ArrayList<>(route);
                withCandidate.remove(candidate);
                int index = Math.min(position, withCandidate.size());
                long cost = evaluator.cost(vehicle, withCandidate, candidate, index);
                withCandidate.add(index, candidate);
                CheckReport report = checkAlone(vehicle, withCandidate);
                if (report.feasible()) {
                    feasible++;
                    if (SolutionChecker.trips(vehicle, withCandidate).size() > 1) {
                        withReloads++;
                    }
                    assertThat(cost).isEqualTo(report.totalCostScoreUnits());
                } else {
                    infeasible++;
                    assertThat(cost).isEqualTo(RouteEvaluator.INFEASIBLE);
                }
            }
        }
        assertThat(feasible + infeasible).isPositive();
        return withReloads;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsBothFeasibleAndInfeasibleSingleStopRoutes(long seed) {
        RoutePlan plan = RandomProblems.create(seed, 30, 2);
        RouteEvaluator evaluator = new RouteEvaluator();
        int feasible = 0;
        int infeasible = 0;
        for (Vehicle vehicle : plan.getVehicles()) {
            for (Stop stop : plan.getStops()) {
                long cost = evaluator.cost(vehicle, List.of(), stop, 0);
                boolean checkerFeasible = checkAlone(vehicle, List.of(stop)).feasible();
                assertThat(cost != RouteEvaluator.INFEASIBLE).isEqualTo(checkerFeasible);
                if (checkerFeasible) {
                    feasible++;
                } else {
                    infeasible++;
                }
            }
        }
        // vehicles without cold compartments cannot take cold pickups, so both outcomes occur
        assertThat(feasible).isPositive();
        assertThat(infeasible).isPositive();
    }

    /** Checks one vehicle's route as a plan of its own; stops elsewhere do not matter here. */
    private static CheckReport checkAlone(Vehicle vehicle, List<Stop> route) {
        Vehicle copy = new Vehicle(vehicle.getId(), vehicle.getDepotLocationIndex(), vehicle.getMatrix())
                .withShift(vehicle.getShiftStartSeconds(), vehicle.getShiftEndSeconds())
                .withMaxWorkingSeconds(vehicle.getMaxWorkingSeconds())
                .withCosts(vehicle.getFixedCost(), vehicle.getCostPerKilometre(), vehicle.getCostPerHour())
                .withCapacity(vehicle.getCapacity())
                .withReloads(vehicle.getReloads())
                .withReloadsNotBefore(vehicle.getReloadsNotBefore())
                .withBreakRule(vehicle.getBreakRule());
        copy.setStops(new ArrayList<>(route));
        return new SolutionChecker().check(new RoutePlan("one route", List.of(copy), List.copyOf(route)));
    }
}
