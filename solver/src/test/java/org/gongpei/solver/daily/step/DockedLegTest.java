package org.gongpei.solver.daily.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.daily.step.DockQueue.Loading;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.testing.RandomProblems;

class DockedLegTest {

    private static final long FIRST_LOAD_SECONDS = 900;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aLegSolvedAtOneDockKeepsEveryRuleWithNoTwoVansLoadingAtOnce(long seed) {
        RoutePlan problem = RandomProblems.createMultiTrip(seed, 30, 4);
        problem.getStops().forEach(stop -> stop.optional(1_000_000));
        long[] leaves = DockQueue.firstDepartures(problem.getVehicles().stream()
                .mapToLong(Vehicle::getShiftStartSeconds).toArray(), FIRST_LOAD_SECONDS, 1);
        for (int v = 0; v < leaves.length; v++) {
            Vehicle vehicle = problem.getVehicles().get(v);
            vehicle.withShift(leaves[v], vehicle.getShiftEndSeconds());
        }

        RoutePlan plan = DockedLeg.solve(new LegSolver(), problem, Duration.ofSeconds(1), 0, score -> { }, 1,
                FIRST_LOAD_SECONDS);

        assertThat(new SolutionChecker().check(plan).violations()).isEmpty();
        assertThat(plan.getStops()).as("reloads").anyMatch(stop -> stop.getVehicle() != null && stop.getTrip() > 1);
        List<Loading> loadings = new ArrayList<>();
        for (Vehicle vehicle : plan.getVehicles()) {
            if (vehicle.getStops().isEmpty()) {
                continue;
            }
            loadings.add(new Loading(vehicle.getShiftStartSeconds() - FIRST_LOAD_SECONDS, vehicle.getShiftStartSeconds()));
            for (Stop stop : vehicle.getStops()) {
                if (stop.startsReloadedTrip()) {
                    long reload = vehicle.getReloads().seconds(stop.getPreviousStop().getLoadProfile().pickedUpParcels());
                    long departure = stop.getSchedule().tripDepartureSeconds();
                    loadings.add(new Loading(departure - reload, departure));
                }
            }
        }
        for (Loading loading : loadings) {
            assertThat(DockQueue.busiest(loadings, loading.startSeconds(), loading.endSeconds()))
                    .as("vans loading with %s", loading).isEqualTo(1);
        }
    }
}
