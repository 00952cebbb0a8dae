package org.gongpei.solver.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongpei.solver.testing.LineNetwork.ambient;
import static org.gongpei.solver.testing.LineNetwork.parcels;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.checker.Violation.Kind;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.testing.LineNetwork;
import org.junit.jupiter.api.Test;

class SolutionCheckerTest {

    private static final TravelMatrix LINE = LineNetwork.matrix(5);
    private final SolutionChecker checker = new SolutionChecker();

    private static RoutePlan plan(Vehicle vehicle, List<Stop> all, Stop... route) {
        vehicle.setStops(new ArrayList<>(List.of(route)));
        return new RoutePlan("test", List.of(vehicle), all);
    }

    @Test
    void feasibleRouteCostsFixedPlusDistancePlusTime() {
        Vehicle van = new Vehicle("van", 0, LINE).withCosts(100, 2, 30).withCapacity(ambient(10));
        Stop a = new Stop("a", 1).withDelivery(ambient(4)).withService(60, 10);
        Stop b = new Stop("b", 3).withPickup(ambient(6));
        CheckReport report = checker.check(plan(van, List.of(a, b), a, b));

        assertThat(report.violations()).isEmpty();
        assertThat(report.totalDistanceMetres()).isEqualTo(6_000); // 1 + 2 + 3 km
        // working time: 600 out, 60 + 4 × 10 service, 1200 to b, 1800 back = 3700 s
        assertThat(report.totalCostScoreUnits()).isEqualTo(100 * 3_600_000L + 6_000 * 2 * 3_600L + 3_700 * 30 * 1_000L);
    }

    @Test
    void peakLoadBetweenStopsIsAViolation() {
        Vehicle van = new Vehicle("van", 0, LINE).withCapacity(ambient(10));
        Stop pickup = new Stop("a", 1).withPickup(ambient(8));
        Stop delivery = new Stop("b", 2).withDelivery(ambient(8));
        CheckReport report = checker.check(plan(van, List.of(pickup, delivery), pickup, delivery));

        assertThat(report.violations()).singleElement()
                .satisfies(violation -> {
                    assertThat(violation.kind()).isEqualTo(Kind.CAPACITY);
                    assertThat(violation.amount()).isEqualTo(6); // 16 on board after a
                });
    }

    @Test
    void reportsEveryKindOfHardViolation() {
        Vehicle van = new Vehicle("van", 0, LINE).withShift(0, 2_000).withMaxWorkingSeconds(1_500)
                .withCapacity(ambient(10));
        Stop late = new Stop("late", 4).withTimeWindow(0, 1_000);
        Stop chilledFarm = new Stop("farm", 1).withPickup(parcels(TemperatureClass.CHILLED, 1))
                .withMaxSecondsToColdStore(100);
        Stop forgotten = new Stop("forgotten", 2);
        Stop optional = new Stop("optional", 3).optional(70);
        CheckReport report = checker.check(plan(van, List.of(late, chilledFarm, forgotten, optional), late, chilledFarm));

        // arrives at late (4 km) at 2400, due 1000; leaves the farm (3 km back) at 4200; depot at 4800
        assertThat(report.violations()).extracting(Violation::kind, Violation::amount).containsExactlyInAnyOrder(
                tuple(Kind.TIME_WINDOW, 1_400L),
                tuple(Kind.SHIFT_END, 2_800L),
                tuple(Kind.MAX_WORKING_TIME, 3_300L),
                tuple(Kind.PERISHABLE_LIMIT, 500L), // 600 s on board, limit 100
                tuple(Kind.TEMPERATURE, 1L),
                tuple(Kind.UNASSIGNED_MANDATORY_STOP, 1L));
        assertThat(report.unassignedOptionalPenalty()).isEqualTo(70);
        assertThat(report.feasible()).isFalse();
    }

    @Test
    void perishablePickupAfterItsDeadlineIsAViolation() {
        Vehicle reefer = new Vehicle("reefer", 0, LINE).withCapacity(parcels(TemperatureClass.CHILLED, 5));
        Stop farm = new Stop("farm", 1).withPickup(parcels(TemperatureClass.CHILLED, 1)).withColdStoreDeadline(2_000);
        Stop far = new Stop("far", 3);
        CheckReport report = checker.check(plan(reefer, List.of(farm, far), farm, far));

        // farm at 600, far at 1800, back at the depot at 3600: 1600 s after the deadline
        assertThat(report.violations()).extracting(Violation::kind, Violation::amount)
                .containsExactly(tuple(Kind.PERISHABLE_LIMIT, 1_600L));
    }
}
