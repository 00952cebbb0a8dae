package org.gongpei.solver.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongpei.solver.testing.LineNetwork.ambient;
import static org.gongpei.solver.testing.LineNetwork.parcels;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.checker.Violation.Kind;
import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Reloads;
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

    private static Vehicle tripVan(int maxTrips) {
        return new Vehicle("van", 0, LINE).withCosts(100, 2, 30).withCapacity(ambient(10))
                .withReloads(new Reloads(maxTrips, 300, 10));
    }

    @Test
    void secondTripAfterAReloadIsFeasible() {
        Stop a = new Stop("a", 1).withDelivery(ambient(6));
        Stop b = new Stop("b", 2).withDelivery(ambient(6));
        Vehicle van = tripVan(2);
        CheckReport report = checker.check(plan(van, List.of(a, b), a, b));

        assertThat(SolutionChecker.trips(van, van.getStops())).containsExactly(List.of(a), List.of(b));
        assertThat(report.violations()).isEmpty();
        assertThat(report.totalDistanceMetres()).isEqualTo(6_000); // 1 + 1 out and back, 2 + 2
        // a at 600, depot at 1200, reload 300 s (nothing brought back), b at 2700, depot at 3900
        assertThat(report.totalCostScoreUnits()).isEqualTo(100 * 3_600_000L + 6_000 * 2 * 3_600L + 3_900 * 30 * 1_000L);
    }

    @Test
    void loadBeyondTheLastTripIsAViolation() {
        Stop a = new Stop("a", 1).withDelivery(ambient(6));
        Stop b = new Stop("b", 2).withDelivery(ambient(6));
        Stop c = new Stop("c", 3).withDelivery(ambient(6));
        CheckReport report = checker.check(plan(tripVan(2), List.of(a, b, c), a, b, c));

        assertThat(report.violations()).extracting(Violation::kind, Violation::amount)
                .containsExactly(tuple(Kind.CAPACITY, 2L)); // b and c share the second trip: 12 of 10
        assertThat(report.violations().get(0).message()).contains("trip 2");
    }

    @Test
    void reloadTimeCountsAgainstTheShift() {
        Vehicle van = tripVan(2).withShift(0, 3_000);
        Stop a = new Stop("a", 1).withDelivery(ambient(6)).withPickup(ambient(6));
        Stop b = new Stop("b", 2).withDelivery(ambient(6));
        CheckReport report = checker.check(plan(van, List.of(a, b), a, b));

        assertThat(report.violations()).extracting(Violation::kind, Violation::amount)
                .containsExactly(tuple(Kind.SHIFT_END, 960L)); // 6 parcels brought back: reload 360 s, back at 3960
    }

    @Test
    void aBreakThatMakesTheVanLateIsAViolation() {
        Vehicle van = new Vehicle("van", 0, LINE).withCapacity(ambient(10)).withBreakRule(new BreakRule(1_800, 1_800));
        Stop a = new Stop("a", 3);
        Stop b = new Stop("b", 2).withTimeWindow(0, 3_000);
        CheckReport report = checker.check(plan(van, List.of(a, b), a, b));

        // a at 1800 after 1800 s of driving; 600 s more would exceed 1800, so 1800 s of rest first: b at 4200
        assertThat(report.violations()).extracting(Violation::kind, Violation::amount)
                .containsExactly(tuple(Kind.TIME_WINDOW, 1_200L));
    }

    @Test
    void aDriveLongerThanTheBreakRuleAllowsIsAViolation() {
        Vehicle van = new Vehicle("van", 0, LINE).withCapacity(ambient(10)).withBreakRule(new BreakRule(1_000, 600));
        Stop far = new Stop("far", 4);
        CheckReport report = checker.check(plan(van, List.of(far), far));

        // 2400 s out and, after a break, 2400 s back: each 1400 s beyond the limit
        assertThat(report.violations()).extracting(Violation::kind, Violation::amount)
                .containsExactly(tuple(Kind.DRIVING_WITHOUT_BREAK, 1_400L), tuple(Kind.DRIVING_WITHOUT_BREAK, 1_400L));
    }

    @Test
    void perishableLimitCountsToTheEndOfTheTrip() {
        Stop farm = new Stop("farm", 1).withDelivery(ambient(6)).withPickup(parcels(TemperatureClass.CHILLED, 1))
                .withMaxSecondsToColdStore(700);
        Stop far = new Stop("far", 4).withDelivery(ambient(6));
        Vehicle reefer = new Vehicle("reefer", 0, LINE)
                .withCapacity(ambient(10).with(TemperatureClass.CHILLED, org.gongpei.solver.domain.Dimension.PARCELS, 5))
                .withReloads(new Reloads(2, 300, 10));
        // the farm's goods reach the cold store when the first trip ends, 600 s after leaving the farm
        assertThat(checker.check(plan(reefer, List.of(farm, far), farm, far)).violations()).isEmpty();

        Vehicle oneTrip = new Vehicle("reefer", 0, LINE)
                .withCapacity(ambient(12).with(TemperatureClass.CHILLED, org.gongpei.solver.domain.Dimension.PARCELS, 5));
        // on one trip they stay on board to far and back: 1800 + 2400 s
        assertThat(checker.check(plan(oneTrip, List.of(farm, far), farm, far)).violations())
                .extracting(Violation::kind, Violation::amount).containsExactly(tuple(Kind.PERISHABLE_LIMIT, 3_500L));
    }
}
