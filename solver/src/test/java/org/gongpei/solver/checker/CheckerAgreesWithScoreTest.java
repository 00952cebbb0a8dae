package org.gongpei.solver.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import java.util.List;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.solver.RouteSolver;
import org.gongpei.solver.testing.RandomProblems;
import static org.gongpei.solver.testing.ScoreFromReport.expectedScore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints and the checker compute the same numbers in different ways; they must agree. */
class CheckerAgreesWithScoreTest {

    private static final RouteSolver SOLVER = new RouteSolver(Duration.ofSeconds(1));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomAssignments(long seed) {
        RoutePlan plan = RandomProblems.create(seed, 30, 4);
        RandomProblems.assignRandomly(plan, seed * 31);

        HardMediumSoftScore score = SOLVER.update(plan);

        assertThat(score).isEqualTo(expectedScore(new SolutionChecker().check(plan)));
        assertThat(score.hardScore()).isNegative(); // random routes break hard rules, so the agreement means something
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomMultiTripAssignments(long seed) {
        RoutePlan plan = RandomProblems.createMultiTrip(seed, 30, 4);
        RandomProblems.assignRandomly(plan, seed * 31);

        HardMediumSoftScore score = SOLVER.update(plan);

        assertThat(score).isEqualTo(expectedScore(new SolutionChecker().check(plan)));
        assertThat(plan.getStops()).anyMatch(stop -> stop.getTrip() == 3); // reloads happen, and twice on a route
        for (Vehicle vehicle : plan.getVehicles()) {
            assertThat(SolutionChecker.trips(vehicle, vehicle.getStops()).stream()
                    .mapToInt(List::size).boxed().toList())
                    .as("the checker's trips are the model's trips")
                    .isEqualTo(vehicle.getStops().stream().collect(java.util.stream.Collectors.groupingBy(
                            Stop::getTrip, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                            .values().stream().map(Long::intValue).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomMultiTripAssignmentsWithReloadsWaitingForADock(long seed) {
        RoutePlan plan = RandomProblems.createMultiTripWithDockWaits(seed, 30, 4);
        RandomProblems.assignRandomly(plan, seed * 31);

        HardMediumSoftScore score = SOLVER.update(plan);

        assertThat(score).isEqualTo(expectedScore(new SolutionChecker().check(plan)));
    }

    @org.junit.jupiter.api.Test
    void someOfThoseVansWaitAtTheirDepotAndLeaveWhenLoaded() {
        List<Stop> waited = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            RoutePlan plan = RandomProblems.createMultiTripWithDockWaits(seed, 30, 4);
            RandomProblems.assignRandomly(plan, seed * 31);
            SOLVER.update(plan);
            for (Stop stop : plan.getStops()) {
                if (stop.startsReloadedTrip()) {
                    long reload = stop.getVehicle().getReloads()
                            .seconds(stop.getPreviousStop().getLoadProfile().pickedUpParcels());
                    if (stop.getSchedule().tripDepartureSeconds()
                            > stop.getPreviousStop().getDepotArrivalSecondsIfLast() + reload) {
                        waited.add(stop);
                    }
                }
            }
        }
        // a van that waited leaves as soon as it is loaded after its wait
        assertThat(waited).isNotEmpty().allSatisfy(stop -> {
            long reload = stop.getVehicle().getReloads().seconds(stop.getPreviousStop().getLoadProfile().pickedUpParcels());
            assertThat(stop.getSchedule().tripDepartureSeconds())
                    .isEqualTo(stop.getVehicle().reloadNotBeforeSeconds(stop.getTrip()) + reload);
        });
    }
}
