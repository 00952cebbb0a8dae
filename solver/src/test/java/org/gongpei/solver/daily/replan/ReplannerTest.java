package org.gongpei.solver.daily.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.gongpei.solver.daily.DailyFixtures;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

class ReplannerTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private static DailyProblem problem;
    private static DailyPlan plan;

    @BeforeAll
    static void planTheDay() {
        problem = DailyFixtures.county(3, 10, 5).problem(LIMIT);
        plan = new DailyPlanner().plan(problem, null);
        assertThat(plan.violations()).isEmpty();
    }

    /** A last-mile van with at least three stops, its first one served. */
    private static PlannedRoute busyVan() {
        return plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE)
                .filter(r -> r.stops().size() >= 3)
                .max(Comparator.comparingInt(r -> r.stops().size())).orElseThrow();
    }

    @Test
    void aBreakdownMovesTheRemainingStopsToOtherVansAndKeepsTheServedOnes() {
        PlannedRoute broken = busyVan();
        long now = broken.stops().get(1).arrivalSeconds() - 1; // the first stop served, driving to the second
        Replanning result = new Replanner(LIMIT).replan(problem, plan, new VehicleBreakdown(broken.vehicleId(), now));

        DailyPlan revised = result.plan();
        assertThat(revised.violations()).isEmpty();
        PlannedRoute after = route(revised, broken.vehicleId());
        assertThat(after.stops()).containsExactly(broken.stops().getFirst());
        List<PlannedStop> remaining = broken.stops().subList(1, broken.stops().size());
        for (PlannedStop stop : remaining) {
            boolean servedByOther = revised.routes().stream()
                    .filter(r -> !r.vehicleId().equals(broken.vehicleId()) && r.depotCode().equals(broken.depotCode()))
                    .anyMatch(r -> r.stops().stream().anyMatch(s -> s.siteCode().equals(stop.siteCode())
                            && s.kind() == stop.kind()));
            boolean unserved = revised.unserved().stream().anyMatch(u -> u.villageCode().equals(stop.siteCode())
                    && u.reason().contains(broken.vehicleId() + " broke down")
                    && u.reasons().stream().anyMatch(r -> r.code().equals("BROKEN_DOWN")
                            && r.arguments().getFirst().equals(broken.vehicleId())));
            assertThat(servedByOther || unserved).as("stop at %s served or named unserved", stop.siteCode()).isTrue();
        }
        assertThat(revised.routes()).filteredOn(r -> !r.vehicleId().equals(broken.vehicleId())
                && r.depotCode().equals(broken.depotCode()))
                .anySatisfy(r -> assertThat(r.stops()).anyMatch(s -> remaining.stream()
                        .anyMatch(x -> x.siteCode().equals(s.siteCode()))));
        assertThat(Replanner.finishedStopChanges(plan, revised, now)).isEmpty();
        assertThat(result.notes()).first().satisfies(note -> {
            assertThat(note.code()).isEqualTo("BREAKDOWN_REPLANNED");
            assertThat(note.text()).contains("served 1 of its");
            assertThat(note.arguments().get(2)).isEqualTo("1");
        });

        String village = remaining.getLast().siteCode();
        VehicleBreakdown breakdown = new VehicleBreakdown(broken.vehicleId(), now);
        Replanning next = new Replanner(LIMIT).replan(result.problem(), revised,
                new UrgentPickup(village, 3, 0, now + 60, null, now + 60), List.of(breakdown));
        assertThat(route(next.plan(), broken.vehicleId())).isEqualTo(after); // out of service, left as it was
        assertThat(Replanner.finishedStopChanges(revised, next.plan(), now + 60)).isEmpty();
        assertThatThrownBy(() -> new Replanner(LIMIT).replan(result.problem(), revised, breakdown, List.of(breakdown)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has already broken down");
    }

    @Test
    void anUrgentPickupIsInsertedAndServedWithoutMovingFinishedStops() {
        PlannedRoute van = busyVan();
        long now = van.stops().getFirst().departureSeconds(); // before any trunk-up truck leaves
        String village = van.stops().getLast().siteCode();
        UrgentPickup urgent = new UrgentPickup(village, 6, 0, now + 600, null, now);
        Replanning result = new Replanner(LIMIT).replan(problem, plan, urgent);

        DailyPlan revised = result.plan();
        assertThat(revised.violations()).isEmpty();
        assertThat(revised.unserved()).isEmpty();
        assertThat(revised.totals().parcelsPickedUp()).isEqualTo(plan.totals().parcelsPickedUp() + 6);
        assertThat(revised.routes()).anySatisfy(r -> assertThat(r.stops()).anySatisfy(stop -> {
            assertThat(stop.siteCode()).isEqualTo(village);
            assertThat(stop.pickups()).extracting(FarmPickup::product).containsExactly("URGENT-1");
            assertThat(stop.serviceStartSeconds()).isGreaterThanOrEqualTo(now + 600);
        }));
        assertThat(Replanner.finishedStopChanges(plan, revised, now)).isEmpty();
        assertThat(result.notes()).anyMatch(note -> note.code().equals("TRUNK_UP_REPLANNED"));
        assertThat(result.problem().villages()).filteredOn(v -> v.code().equals(village))
                .singleElement().satisfies(v -> assertThat(v.pickups()).anyMatch(UrgentPickup::isUrgent));
    }

    @Test
    void finishedStopsAreIdenticalBeforeAndAfterOnEveryRoute() {
        PlannedRoute broken = busyVan();
        long now = broken.stops().get(2).departureSeconds();
        DailyPlan revised = new Replanner(LIMIT).replan(problem, plan, new VehicleBreakdown(broken.vehicleId(), now)).plan();

        for (PlannedRoute before : plan.routes()) {
            int done = (int) before.stops().stream().filter(s -> s.departureSeconds() <= now).count();
            if (done > 0) {
                PlannedRoute after = revised.routes().stream().filter(r -> r.vehicleId().equals(before.vehicleId())
                        && r.echelon() == before.echelon()).findFirst().orElseThrow();
                assertThat(after.stops().subList(0, done)).isEqualTo(before.stops().subList(0, done));
            }
        }
    }

    @Test
    void anUrgentPickupAtAVillageServedFromTheCentreIsPlannedOnTheDirectLeg() {
        DailyFixtures county = DailyFixtures.county(2, 6, 9);
        county.addVillage("NEAR", 0.4, 0.3, 30, 0, List.of()); // next to the centre: served directly
        DailyProblem day = county.problem(LIMIT);
        DailyPlan solved = new DailyPlanner().plan(day, null);
        PlannedRoute direct = solved.routes().stream().filter(r -> r.echelon() == Echelon.DIRECT).findFirst().orElseThrow();
        long now = direct.stops().getFirst().departureSeconds();
        Replanning result = new Replanner(LIMIT).replan(day, solved, new UrgentPickup("NEAR", 2, 1, now, null, now));

        assertThat(result.plan().violations()).isEmpty();
        assertThat(result.plan().routes()).filteredOn(r -> r.echelon() == Echelon.DIRECT)
                .flatExtracting(PlannedRoute::stops).flatExtracting(PlannedStop::pickups)
                .filteredOn(UrgentPickup::isUrgent).extracting(FarmPickup::parcels).containsExactlyInAnyOrder(2, 1);
        assertThat(result.notes()).noneMatch(note -> note.code().startsWith("TRUNK_UP")); // a direct leg sends nothing to a hub

    }

    @Test
    void chilledProductsAreNeverGivenToAHubWithoutColdStorage() {
        PlannedRoute van = busyVan();
        List<HubSite> warm = problem.hubs().stream().map(hub -> new HubSite(hub.code(), hub.name(), hub.locationIndex(),
                false, hub.capacityParcelsPerDay(), hub.opensSeconds(), hub.closesSeconds())).toList();
        DailyProblem withoutColdStores = new DailyProblem(problem.name(), problem.centreCode(), problem.centreName(),
                problem.centreLocationIndex(), warm, problem.villages(), problem.vehicleTypes(), problem.matrices(),
                problem.parameters());
        long now = van.stops().getFirst().departureSeconds();
        assertThatThrownBy(() -> new Replanner(LIMIT).replan(withoutColdStores, plan,
                new UrgentPickup(van.stops().getLast().siteCode(), 0, 3, now, null, now)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("which has no cold storage");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        Replanner replanner = new Replanner(LIMIT);
        PlannedRoute van = busyVan();
        long midday = 12 * 3600;
        assertThatThrownBy(() -> replanner.replan(problem, plan, new VehicleBreakdown("NO-SUCH-VAN", midday)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Vehicle NO-SUCH-VAN has no route in this plan.");
        assertThatThrownBy(() -> replanner.replan(problem, plan, new UrgentPickup("NOWHERE", 1, 0, midday, null, midday)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown village NOWHERE");
        assertThatThrownBy(() -> replanner.replan(problem, plan, new VehicleBreakdown(van.vehicleId(), 3600)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The time 01:00 is before the day starts");
        assertThatThrownBy(() -> replanner.replan(problem, plan, new VehicleBreakdown(van.vehicleId(), 23 * 3600 + 1800)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("The time 23:30 is after the day ends");
        assertThatThrownBy(() -> new UrgentPickup(van.stops().getFirst().siteCode(), -2, 3, midday, null, midday))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative number of parcels");
        PlannedRoute trunk = plan.routes().stream().filter(r -> r.echelon() == Echelon.TRUNK_DOWN).findFirst().orElseThrow();
        assertThatThrownBy(() -> replanner.replan(problem, plan, new VehicleBreakdown(trunk.vehicleId(),
                trunk.departureSeconds() + 60))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a trunk truck");
        assertThatThrownBy(() -> replanner.replan(problem, plan, new VehicleBreakdown(van.vehicleId(),
                van.returnSeconds() + 60))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it has no stop left to re-plan");
    }

    private static PlannedRoute route(DailyPlan plan, String vehicleId) {
        return plan.routes().stream().filter(r -> r.vehicleId().equals(vehicleId)).findFirst().orElseThrow();
    }
}
