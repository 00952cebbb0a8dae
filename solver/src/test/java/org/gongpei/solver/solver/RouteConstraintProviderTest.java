package org.gongpei.solver.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.solver.testing.LineNetwork.ambient;
import static org.gongpei.solver.testing.LineNetwork.parcels;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Reloads;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.testing.LineNetwork;
import org.junit.jupiter.api.Test;

class RouteConstraintProviderTest {

    private static final TravelMatrix LINE = LineNetwork.matrix(5);

    private final ConstraintVerifier<RouteConstraintProvider, RoutePlan> verifier =
            ConstraintVerifier.build(new RouteConstraintProvider(), RoutePlan.class, Vehicle.class, Stop.class);

    private static Vehicle van() {
        return new Vehicle("van", 0, LINE).withCapacity(ambient(10));
    }

    private static RoutePlan plan(Vehicle vehicle, Stop... route) {
        vehicle.setStops(new ArrayList<>(List.of(route)));
        return new RoutePlan("test", List.of(vehicle), List.of(route));
    }

    private static RoutePlan planWithUnassigned(Vehicle vehicle, Stop unassigned) {
        return new RoutePlan("test", List.of(vehicle), List.of(unassigned));
    }

    @Test
    void unassignedMandatoryStop() {
        verifier.verifyThat(RouteConstraintProvider::unassignedMandatoryStop)
                .givenSolution(planWithUnassigned(van(), new Stop("a", 1))).settingAllShadowVariables()
                .penalizesBy(1); // one unserved stop; the weight of 10^12 hard is applied per match
        verifier.verifyThat(RouteConstraintProvider::unassignedMandatoryStop)
                .givenSolution(plan(van(), new Stop("a", 1))).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void vehicleCapacityCountsPickupsAlongTheRoute() {
        Stop pickupFirst = new Stop("a", 1).withPickup(ambient(8));
        Stop deliverySecond = new Stop("b", 2).withDelivery(ambient(8));
        verifier.verifyThat(RouteConstraintProvider::vehicleCapacity)
                .givenSolution(plan(van(), pickupFirst, deliverySecond)).settingAllShadowVariables()
                .penalizesBy(6); // 8 loaded at the depot + 8 picked up at a = 16 on board, capacity 10

        Stop deliveryFirst = new Stop("b", 2).withDelivery(ambient(8));
        Stop pickupSecond = new Stop("a", 1).withPickup(ambient(8));
        verifier.verifyThat(RouteConstraintProvider::vehicleCapacity)
                .givenSolution(plan(van(), deliveryFirst, pickupSecond)).settingAllShadowVariables()
                .penalizesBy(0); // 8 at the start, 0 after b, 8 after a: never above 10
    }

    @Test
    void vehicleCapacityPerCompartment() {
        Vehicle reefer = new Vehicle("reefer", 0, LINE)
                .withCapacity(ambient(10).with(TemperatureClass.CHILLED, Dimension.PARCELS, 2));
        Stop chilled = new Stop("a", 1).withDelivery(parcels(TemperatureClass.CHILLED, 5)).withPickup(ambient(4));
        verifier.verifyThat(RouteConstraintProvider::vehicleCapacity)
                .givenSolution(plan(reefer, chilled)).settingAllShadowVariables()
                .penalizesBy(3); // 5 chilled parcels in a 2-parcel chilled compartment; 4 ambient fit in 10
    }

    @Test
    void temperatureCompatibility() {
        Stop chilled = new Stop("a", 1).withDelivery(parcels(TemperatureClass.CHILLED, 1));
        verifier.verifyThat(RouteConstraintProvider::temperatureCompatibility)
                .givenSolution(plan(van(), chilled)).settingAllShadowVariables()
                .penalizesBy(1); // chilled goods, the van has only an ambient compartment

        Vehicle reefer = new Vehicle("reefer", 0, LINE).withCapacity(parcels(TemperatureClass.CHILLED, 5));
        verifier.verifyThat(RouteConstraintProvider::temperatureCompatibility)
                .givenSolution(plan(reefer, new Stop("a", 1).withDelivery(parcels(TemperatureClass.CHILLED, 1))))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void timeWindow() {
        Stop first = new Stop("a", 1).withTimeWindow(900, 2_000).withService(300, 0);
        Stop second = new Stop("b", 2).withTimeWindow(0, 1_500);
        verifier.verifyThat(RouteConstraintProvider::timeWindow)
                .givenSolution(plan(van(), first, second)).settingAllShadowVariables()
                .penalizesBy(300); // arrive a at 600, wait to 900, serve 300 s, reach b at 1800: due 1500

        verifier.verifyThat(RouteConstraintProvider::timeWindow)
                .givenSolution(plan(van(), new Stop("b", 2).withTimeWindow(0, 1_200))).settingAllShadowVariables()
                .penalizesBy(0); // arrives exactly at 1200
    }

    @Test
    void timeWindowJustificationNamesTheVillage() {
        Stop village = new Stop("s3", 3).withName("王村集").withTimeWindow(0, 1_000);
        RouteJustifications.TimeWindow expected = new RouteJustifications.TimeWindow("王村集", "van", 800);
        verifier.verifyThat(RouteConstraintProvider::timeWindow)
                .givenSolution(plan(van(), village)).settingAllShadowVariables()
                .justifiesWithExactly(expected); // arrives at 1800, due 1000
        assertThat(expected.description()).isEqualTo("Vehicle van reaches stop 王村集 800 s after its time window closes.");
    }

    @Test
    void deliveryNotAtDepot() {
        Stop late = new Stop("a", 1).withDelivery(ambient(2)).withDepotReady(1_500);
        verifier.verifyThat(RouteConstraintProvider::deliveryNotAtDepot)
                .givenSolution(plan(van().withShift(1_000, 10_000), late)).settingAllShadowVariables()
                .penalizesBy(500); // leaves at 1000, the parcels are back at the depot at 1500

        Stop pickupOnly = new Stop("a", 1).withPickup(ambient(2)).withDepotReady(1_500);
        Stop ready = new Stop("b", 2).withDelivery(ambient(2)).withDepotReady(1_000);
        verifier.verifyThat(RouteConstraintProvider::deliveryNotAtDepot)
                .givenSolution(plan(van().withShift(1_000, 10_000), pickupOnly, ready)).settingAllShadowVariables()
                .penalizesBy(0); // nothing to load for a pickup; b's parcels are there exactly at departure
    }

    @Test
    void shiftEnd() {
        verifier.verifyThat(RouteConstraintProvider::shiftEnd)
                .givenSolution(plan(van().withShift(0, 2_000), new Stop("b", 2))).settingAllShadowVariables()
                .penalizesBy(400); // 1200 s out and 1200 s back, shift ends at 2000
        verifier.verifyThat(RouteConstraintProvider::shiftEnd)
                .givenSolution(plan(van().withShift(0, 2_400), new Stop("b", 2))).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void maxWorkingTime() {
        verifier.verifyThat(RouteConstraintProvider::maxWorkingTime)
                .givenSolution(plan(van().withShift(1_000, 10_000).withMaxWorkingSeconds(1_800),
                        new Stop("b", 2).withService(100, 0)))
                .settingAllShadowVariables()
                .penalizesBy(700); // 1200 + 100 service + 1200 = 2500 s of work, at most 1800
        verifier.verifyThat(RouteConstraintProvider::maxWorkingTime)
                .givenSolution(plan(van().withMaxWorkingSeconds(2_400), new Stop("b", 2))).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void perishableLimit() {
        Vehicle reefer = new Vehicle("reefer", 0, LINE).withCapacity(parcels(TemperatureClass.CHILLED, 5));
        Stop farm = new Stop("farm", 1).withPickup(parcels(TemperatureClass.CHILLED, 1)).withMaxSecondsToColdStore(1_000);
        verifier.verifyThat(RouteConstraintProvider::perishableLimit)
                .givenSolution(plan(reefer, farm, new Stop("far", 3))).settingAllShadowVariables()
                .penalizesBy(2_000); // leaves farm at 600, on to 3 at 1800, back at depot 3600: 3000 s on board

        Stop nearFarm = new Stop("farm", 1).withPickup(parcels(TemperatureClass.CHILLED, 1)).withMaxSecondsToColdStore(1_000);
        verifier.verifyThat(RouteConstraintProvider::perishableLimit)
                .givenSolution(plan(new Vehicle("reefer", 0, LINE).withCapacity(parcels(TemperatureClass.CHILLED, 5)),
                        new Stop("far", 3), nearFarm))
                .settingAllShadowVariables()
                .penalizesBy(0); // picked up last at location 1: 600 s to the depot
    }

    @Test
    void perishableDeadlineCountsFromReadyTime() {
        Stop farm = new Stop("farm", 1).withPickup(parcels(TemperatureClass.CHILLED, 1)).withColdStoreDeadline(2_000);
        verifier.verifyThat(RouteConstraintProvider::perishableLimit)
                .givenSolution(plan(new Vehicle("reefer", 0, LINE).withCapacity(parcels(TemperatureClass.CHILLED, 5)),
                        farm, new Stop("far", 3)))
                .settingAllShadowVariables()
                .penalizesBy(1_600); // back at the depot at 3600 via location 3, deadline 2000

        Stop sameFarm = new Stop("farm", 1).withPickup(parcels(TemperatureClass.CHILLED, 1)).withColdStoreDeadline(2_000);
        verifier.verifyThat(RouteConstraintProvider::perishableLimit)
                .givenSolution(plan(new Vehicle("reefer", 0, LINE).withCapacity(parcels(TemperatureClass.CHILLED, 5)),
                        sameFarm))
                .settingAllShadowVariables()
                .penalizesBy(0); // straight back: at the depot at 1200, deadline 2000
    }

    @Test
    void unassignedOptionalStop() {
        verifier.verifyThat(RouteConstraintProvider::unassignedOptionalStop)
                .givenSolution(planWithUnassigned(van(), new Stop("a", 1).optional(50))).settingAllShadowVariables()
                .penalizesBy(50); // the stop's own penalty
        verifier.verifyThat(RouteConstraintProvider::unassignedOptionalStop)
                .givenSolution(plan(van(), new Stop("a", 1).optional(50))).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void vehicleFixedCost() {
        verifier.verifyThat(RouteConstraintProvider::vehicleFixedCost)
                .givenSolution(plan(van().withCosts(100, 0, 0), new Stop("a", 1))).settingAllShadowVariables()
                .penalizesBy(360_000_000L); // 100 currency units × 3,600,000 score units each
        verifier.verifyThat(RouteConstraintProvider::vehicleFixedCost)
                .givenSolution(planWithUnassigned(van().withCosts(100, 0, 0), new Stop("a", 1)))
                .settingAllShadowVariables()
                .penalizesBy(0); // an unused vehicle costs nothing
    }

    @Test
    void distanceCost() {
        verifier.verifyThat(RouteConstraintProvider::distanceCost)
                .givenSolution(plan(van().withCosts(0, 2, 0), new Stop("a", 1), new Stop("b", 3)))
                .settingAllShadowVariables()
                .penalizesBy(43_200_000L); // 1 + 2 + 3 km = 6000 m × 2 per km × 3,600
        verifier.verifyThat(RouteConstraintProvider::distanceCost)
                .givenSolution(plan(van().withCosts(0, 0, 0), new Stop("a", 1))).settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void workingTimeCost() {
        verifier.verifyThat(RouteConstraintProvider::workingTimeCost)
                .givenSolution(plan(van().withCosts(0, 0, 30), new Stop("b", 2).withTimeWindow(1_500, 3_000)))
                .settingAllShadowVariables()
                .penalizesBy(81_000_000L); // wait until 1500, back at 2700: 2700 s × 30 per hour × 1,000
        verifier.verifyThat(RouteConstraintProvider::workingTimeCost)
                .givenSolution(planWithUnassigned(van().withCosts(0, 0, 30), new Stop("b", 2)))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    private static Vehicle tripVan(int maxTrips) {
        return new Vehicle("van", 0, LINE).withCapacity(ambient(10)).withReloads(new Reloads(maxTrips, 300, 10));
    }

    @Test
    void vehicleCapacityHoldsPerTrip() {
        Stop a = new Stop("a", 1).withDelivery(ambient(6));
        Stop b = new Stop("b", 2).withDelivery(ambient(6));
        Stop c = new Stop("c", 3).withDelivery(ambient(6));
        verifier.verifyThat(RouteConstraintProvider::vehicleCapacity)
                .givenSolution(plan(tripVan(3), a, b, c)).settingAllShadowVariables()
                .penalizesBy(0); // three trips of 6
        verifier.verifyThat(RouteConstraintProvider::vehicleCapacity)
                .givenSolution(plan(tripVan(2), new Stop("a", 1).withDelivery(ambient(6)),
                        new Stop("b", 2).withDelivery(ambient(6)), new Stop("c", 3).withDelivery(ambient(6))))
                .settingAllShadowVariables()
                .penalizesBy(2); // no third trip: b and c share the second, 12 of 10
    }

    @Test
    void reloadTimeCountsAgainstTheShift() {
        verifier.verifyThat(RouteConstraintProvider::shiftEnd)
                .givenSolution(plan(tripVan(2).withShift(0, 3_000),
                        new Stop("a", 1).withDelivery(ambient(6)).withPickup(ambient(6)),
                        new Stop("b", 2).withDelivery(ambient(6))))
                .settingAllShadowVariables()
                .penalizesBy(960); // a at 600, depot at 1200, reload 300 + 6 × 10 s, b at 2760, back at 3960
    }

    @Test
    void perishableLimitCountsToTheEndOfTheTrip() {
        Vehicle reefer = tripVan(2).withCapacity(ambient(10).with(TemperatureClass.CHILLED, Dimension.PARCELS, 5));
        Stop farm = new Stop("farm", 1).withDelivery(ambient(6)).withPickup(parcels(TemperatureClass.CHILLED, 1))
                .withMaxSecondsToColdStore(700);
        verifier.verifyThat(RouteConstraintProvider::perishableLimit)
                .givenSolution(plan(reefer, farm, new Stop("far", 4).withDelivery(ambient(6))))
                .settingAllShadowVariables()
                .penalizesBy(0); // the first trip ends 600 s after the farm

        Vehicle longer = new Vehicle("van", 0, LINE).withReloads(new Reloads(2, 300, 10))
                .withCapacity(ambient(12).with(TemperatureClass.CHILLED, Dimension.PARCELS, 5));
        Stop farmAgain = new Stop("farm", 1).withDelivery(ambient(6)).withPickup(parcels(TemperatureClass.CHILLED, 1))
                .withMaxSecondsToColdStore(700);
        verifier.verifyThat(RouteConstraintProvider::perishableLimit)
                .givenSolution(plan(longer, farmAgain, new Stop("far", 4).withDelivery(ambient(6))))
                .settingAllShadowVariables()
                .penalizesBy(3_500); // both fit on one trip: 4200 s on board
    }

    @Test
    void deliveryNotAtDepotCountsFromTheTripsDeparture() {
        Stop a = new Stop("a", 1).withDelivery(ambient(6));
        Stop late = new Stop("late", 2).withDelivery(ambient(6)).withDepotReady(1_500);
        verifier.verifyThat(RouteConstraintProvider::deliveryNotAtDepot)
                .givenSolution(plan(tripVan(2), a, late)).settingAllShadowVariables()
                .penalizesBy(0); // the second trip leaves at 1500
        verifier.verifyThat(RouteConstraintProvider::deliveryNotAtDepot)
                .givenSolution(plan(tripVan(2), new Stop("late", 2).withDelivery(ambient(6)).withDepotReady(1_500)))
                .settingAllShadowVariables()
                .penalizesBy(1_500);
    }

    @Test
    void drivingWithoutBreak() {
        Vehicle van = van().withBreakRule(new BreakRule(1_000, 600));
        verifier.verifyThat(RouteConstraintProvider::drivingWithoutBreak)
                .givenSolution(plan(van, new Stop("far", 4))).settingAllShadowVariables()
                .penalizesBy(2_800); // 2400 s out and, after a break, 2400 s back: 1400 s too long each
        verifier.verifyThat(RouteConstraintProvider::drivingWithoutBreak)
                .givenSolution(plan(van().withBreakRule(new BreakRule(1_200, 600)), new Stop("a", 1), new Stop("b", 2)))
                .settingAllShadowVariables()
                .penalizesBy(0); // 600 + 600, then a break before the 1200 s home
    }

    @Test
    void timeWindowCountsTheBreak() {
        Vehicle van = van().withBreakRule(new BreakRule(1_800, 1_800));
        verifier.verifyThat(RouteConstraintProvider::timeWindow)
                .givenSolution(plan(van, new Stop("a", 3), new Stop("b", 2).withTimeWindow(0, 3_000)))
                .settingAllShadowVariables()
                .penalizesBy(1_200); // 1800 s to a, a break of 1800 s, b at 4200
    }
}
