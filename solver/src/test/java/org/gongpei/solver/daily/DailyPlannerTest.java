package org.gongpei.solver.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.PlanningProgress;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VillageDemand;

class DailyPlannerTest {

    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Test
    void plansAFeasibleDayThatTheCheckerAccepts() {
        DailyFixtures county = DailyFixtures.county(4, 10, 7);
        DailyProblem problem = county.problem(LIMIT);
        List<PlanningProgress> progress = new ArrayList<>();
        DailyPlan plan = new DailyPlanner().plan(problem, p -> {
            synchronized (progress) {
                progress.add(p);
            }
        });

        assertThat(plan.violations()).isEmpty();
        assertThat(plan.unserved()).isEmpty();
        int parcels = county.villages.stream().mapToInt(VillageDemand::parcels).sum();
        int pickups = county.villages.stream().mapToInt(VillageDemand::pickupParcels).sum();
        assertThat(plan.totals().parcelsDelivered()).isEqualTo(parcels);
        assertThat(plan.totals().parcelsPickedUp()).isEqualTo(pickups);
        assertThat(plan.totals().costFen()).isEqualTo(plan.routes().stream().mapToLong(PlannedRoute::costFen).sum());
        assertThat(plan.assignments()).hasSize(county.villages.size());
        assertThat(plan.routes()).extracting(PlannedRoute::echelon).contains(Echelon.TRUNK_DOWN, Echelon.LAST_MILE);
        assertThat(progress).isNotEmpty().last().satisfies(p -> assertThat(p.fractionDone()).isEqualTo(1.0));
    }

    @Test
    void lastMileVansLeaveOnlyAfterTheirHubsTrunkHasBeenUnloaded() {
        DailyFixtures county = DailyFixtures.county(3, 8, 11);
        DailyProblem problem = county.problem(LIMIT);
        DailyPlan plan = new DailyPlanner().plan(problem, null);

        Map<String, Long> lastUnloaded = new HashMap<>();
        for (PlannedRoute route : plan.routes()) {
            for (PlannedStop stop : route.stops()) {
                if (stop.kind() == PlannedStop.StopKind.HUB_DROP) {
                    lastUnloaded.merge(stop.siteCode(), stop.departureSeconds(), Math::max);
                }
            }
        }
        List<PlannedRoute> lastMile = plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE).toList();
        assertThat(lastMile).isNotEmpty().allSatisfy(route -> assertThat(route.departureSeconds())
                .isGreaterThanOrEqualTo(lastUnloaded.get(route.depotCode()) + problem.parameters().hubHandlingSeconds()));
        for (PlannedRoute up : plan.routes().stream().filter(r -> r.echelon() == Echelon.TRUNK_UP).toList()) {
            for (PlannedStop collect : up.stops()) {
                long vansBack = lastMile.stream().filter(r -> r.depotCode().equals(collect.siteCode()))
                        .filter(r -> r.stops().stream().anyMatch(s -> !s.pickups().isEmpty()))
                        .mapToLong(PlannedRoute::returnSeconds).max().orElseThrow();
                assertThat(collect.serviceStartSeconds())
                        .isGreaterThanOrEqualTo(vansBack + problem.parameters().hubHandlingSeconds());
            }
        }
    }

    @Test
    void villagesWithChilledProductsAreServedFromACentreOrHubWithColdStorage() {
        DailyFixtures county = DailyFixtures.county(4, 10, 3);
        DailyProblem problem = county.problem(LIMIT);
        DailyPlan plan = new DailyPlanner().plan(problem, null);

        Map<String, HubSite> hubs = new HashMap<>();
        problem.hubs().forEach(hub -> hubs.put(hub.code(), hub));
        List<String> chilledVillages = county.villages.stream().filter(VillageDemand::hasChilledPickup)
                .map(VillageDemand::code).toList();
        assertThat(chilledVillages).isNotEmpty();
        assertThat(plan.assignments()).filteredOn(a -> chilledVillages.contains(a.villageCode()))
                .allSatisfy(a -> assertThat(a.direct() || hubs.get(a.depotCode()).coldStorage()).isTrue());
    }

    @Test
    void aDayTooBigForTheFleetStillGivesAPlanWithTheLeftOverVillagesNamed() {
        DailyFixtures county = DailyFixtures.county(2, 12, 5);
        county.fleet.replaceAll(type -> type.role() == VehicleRole.HUB_DELIVERY
                ? DailyFixtures.van("HVAN", VehicleRole.HUB_DELIVERY, 1)
                : type.role() == VehicleRole.CENTRE_DELIVERY ? DailyFixtures.van("CVAN", VehicleRole.CENTRE_DELIVERY, 1) : type);
        // one trip a day: with reloads one van per depot would serve this day
        DailyPlan plan = new DailyPlanner().plan(county.problem(DailyParameters.defaults(LIMIT).withMaxTripsPerVan(1)), null);

        assertThat(plan.unserved()).isNotEmpty().allSatisfy(u -> assertThat(u.reason()).isNotBlank());
        assertThat(plan.violations()).isEmpty();
    }

    @Test
    void aVillageBeyondReachBeforeClosingTimeIsReportedWithTheReason() {
        DailyFixtures county = DailyFixtures.county(1, 4, 9);
        county.addVillage("FAR", 400, 400, 30, 0, List.of());
        DailyPlan plan = new DailyPlanner().plan(county.problem(LIMIT), null);

        assertThat(plan.unserved()).singleElement().satisfies(u -> {
            assertThat(u.villageCode()).isEqualTo("FAR");
            assertThat(u.parcels()).isEqualTo(30);
            assertThat(u.reason()).contains("after it closes");
            // the same reason as a code for the reader's language: depot, leaves, arrives, closes
            assertThat(u.reasons()).singleElement().satisfies(r -> {
                assertThat(r.part()).isEqualTo("PARCELS");
                assertThat(r.code()).isEqualTo("LATE_ARRIVAL");
                assertThat(r.arguments()).hasSize(4).allSatisfy(argument -> assertThat(u.reason()).contains(argument));
                assertThat(u.reason()).isEqualTo(r.text());
            });
        });
    }

    @Test
    void aHubsVansLeaveInWavesOfItsDocksOnceItsParcelsAreSorted() {
        DailyFixtures county = DailyFixtures.county(2, 10, 17);
        county.fleet.removeIf(type -> type.role() == VehicleRole.CENTRE_DELIVERY);
        int docks = 2;
        int sortingPerHour = 300;
        DailyProblem problem = county.problem(DailyParameters.defaults(LIMIT).withMaxTripsPerVan(1)
                .withHubLimits(docks, sortingPerHour));
        DailyPlan plan = new DailyPlanner().plan(problem, null);

        assertThat(new DailyPlanChecker().check(problem, plan)).isEmpty();
        assertThat(plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE)
                .collect(java.util.stream.Collectors.groupingBy(PlannedRoute::depotCode, java.util.stream.Collectors.counting()))
                .values()).as("vans of the busiest hub").anySatisfy(n -> assertThat(n).isGreaterThan(docks));
        long wave = problem.parameters().reloadSeconds();
        for (HubSite hub : problem.hubs()) {
            long firstDrop = Long.MAX_VALUE;
            int dropped = 0;
            for (PlannedRoute route : plan.routes()) {
                for (PlannedStop stop : route.stops()) {
                    if (stop.kind() == PlannedStop.StopKind.HUB_DROP && stop.siteCode().equals(hub.code())) {
                        firstDrop = Math.min(firstDrop, stop.departureSeconds());
                        dropped += stop.parcels();
                    }
                }
            }
            List<Long> leaving = plan.routes().stream()
                    .filter(r -> r.echelon() == Echelon.LAST_MILE && r.depotCode().equals(hub.code()))
                    .map(PlannedRoute::departureSeconds).sorted().toList();
            if (leaving.isEmpty()) {
                continue;
            }
            long sorted = firstDrop + (long) Math.ceil(dropped * 3600.0 / sortingPerHour);
            for (int i = 0; i < leaving.size(); i++) {
                assertThat(leaving.get(i)).as("van %d of hub %s", i, hub.code())
                        .isGreaterThanOrEqualTo(sorted + (long) (i / docks) * wave);
            }
        }
    }

    @Test
    void theCheckerFindsVansLeavingAHubFasterThanItsDocksLoadThem() {
        DailyFixtures county = DailyFixtures.county(1, 12, 19);
        county.fleet.removeIf(type -> type.role() == VehicleRole.CENTRE_DELIVERY);
        DailyProblem unlimited = county.problem(DailyParameters.defaults(LIMIT).withMaxTripsPerVan(1));
        DailyPlan plan = new DailyPlanner().plan(unlimited, null);
        long vans = plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE).count();
        assertThat(vans).as("vans leaving the hub").isGreaterThan(1);

        // the same plan, judged as if the hub had one dock: its vans all left together
        DailyProblem oneDock = county.problem(DailyParameters.defaults(LIMIT).withMaxTripsPerVan(1).withHubLimits(1, 0));
        assertThat(new DailyPlanChecker().check(unlimited, plan)).isEmpty();
        assertThat(new DailyPlanChecker().check(oneDock, plan))
                .anySatisfy(text -> assertThat(text).contains("vans load at").contains("docks: 1"));
    }

    @Test
    void theCheckerFindsAVanThatLeavesBeforeItsParcelsArrive() {
        DailyFixtures county = DailyFixtures.county(2, 6, 13);
        county.fleet.removeIf(type -> type.role() == VehicleRole.CENTRE_DELIVERY);
        DailyProblem problem = county.problem(LIMIT);
        DailyPlan plan = new DailyPlanner().plan(problem, null);
        PlannedRoute van = plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE).findFirst().orElseThrow();
        long earlier = 3_600;
        List<PlannedStop> shifted = van.stops().stream().map(s -> new PlannedStop(s.siteCode(), s.siteName(), s.kind(),
                s.arrivalSeconds() - earlier, s.serviceStartSeconds() - earlier, s.departureSeconds() - earlier,
                s.parcelsByCarrier(), s.chilledParcels(), s.pickups(), s.loadAfter())).toList();
        PlannedRoute early = new PlannedRoute(van.vehicleId(), van.vehicleType(), van.vehicleName(), van.echelon(),
                van.depotCode(), van.depotName(), van.departureSeconds() - earlier, van.returnSeconds() - earlier,
                van.distanceMetres(), van.costFen(), shifted);
        List<PlannedRoute> routes = new ArrayList<>(plan.routes());
        routes.set(routes.indexOf(van), early);
        DailyPlan tampered = new DailyPlan(plan.name(), routes, plan.assignments(), plan.unserved(), plan.totals(), List.of());

        assertThat(new DailyPlanChecker().check(problem, plan)).isEmpty();
        assertThat(new DailyPlanChecker().check(problem, tampered))
                .anySatisfy(text -> assertThat(text).contains(van.vehicleId()).contains("before the last trunk"));
    }

    @Test
    void stoppingEarlyReturnsACompletePlanSoon() throws Exception {
        DailyFixtures county = DailyFixtures.county(4, 15, 21);
        DailyPlanner planner = new DailyPlanner();
        long start = System.nanoTime();
        CompletableFuture<DailyPlan> plan = CompletableFuture.supplyAsync(
                () -> planner.plan(county.problem(Duration.ofSeconds(60)), null));
        Thread.sleep(1_500);
        planner.terminateEarly();

        DailyPlan result = plan.get(30, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(result.violations()).isEmpty();
        assertThat(result.unserved()).isEmpty();
    }

    @Test
    void aVillageLargerThanAVanloadIsDeliveredInSeveralLoads() {
        DailyFixtures county = DailyFixtures.county(1, 3, 17);
        county.addVillage("BIG", 14, 1, 1_000, 0, List.of()); // 1,000 parcels, 1.5 t: three 600 kg vans at least
        DailyPlan plan = new DailyPlanner().plan(county.problem(LIMIT), null);

        assertThat(plan.violations()).isEmpty();
        assertThat(plan.unserved()).isEmpty();
        List<PlannedStop> drops = plan.routes().stream().flatMap(r -> r.stops().stream())
                .filter(s -> s.siteCode().equals("BIG")).toList();
        assertThat(drops).hasSizeGreaterThanOrEqualTo(3);
        assertThat(drops.stream().mapToInt(PlannedStop::parcels).sum()).isEqualTo(1_000);
    }

    @Test
    void vansThatDriveSeveralTripsReplaceVansThatDriveOne() {
        DailyFixtures county = DailyFixtures.county(2, 10, 7);
        county.fleet.removeIf(type -> type.role() == VehicleRole.CENTRE_DELIVERY);
        DailyPlan oneTrip = new DailyPlanner().plan(county.problem(DailyParameters.defaults(LIMIT).withMaxTripsPerVan(1)), null);
        DailyPlan threeTrips = new DailyPlanner().plan(county.problem(DailyParameters.defaults(LIMIT)), null);

        for (DailyPlan plan : List.of(oneTrip, threeTrips)) {
            assertThat(plan.violations()).isEmpty();
            assertThat(plan.unserved()).isEmpty();
        }
        assertThat(oneTrip.routes()).flatExtracting(PlannedRoute::stops).allSatisfy(stop -> assertThat(stop.trip()).isEqualTo(1));
        assertThat(threeTrips.routes()).filteredOn(route -> route.echelon() == Echelon.LAST_MILE)
                .flatExtracting(PlannedRoute::stops).anySatisfy(stop -> assertThat(stop.trip()).isGreaterThan(1));
        assertThat(lastMileVans(threeTrips)).isLessThan(lastMileVans(oneTrip));
        assertThat(threeTrips.totals().costFen()).isLessThan(oneTrip.totals().costFen());
    }

    @Test
    void theCheckerFindsAVanThatLeavesOnItsNextTripBeforeItIsReloaded() {
        DailyFixtures county = DailyFixtures.county(2, 10, 7);
        county.fleet.removeIf(type -> type.role() == VehicleRole.CENTRE_DELIVERY);
        DailyProblem problem = county.problem(LIMIT);
        DailyPlan plan = new DailyPlanner().plan(problem, null);
        PlannedRoute van = plan.routes().stream().filter(r -> r.stops().stream().anyMatch(s -> s.trip() > 1))
                .findFirst().orElseThrow();
        long earlier = problem.parameters().reloadSeconds();
        List<PlannedStop> hurried = van.stops().stream().map(s -> s.trip() == 1 ? s : new PlannedStop(s.siteCode(),
                s.siteName(), s.kind(), s.arrivalSeconds() - earlier, s.serviceStartSeconds() - earlier,
                s.departureSeconds() - earlier, s.parcelsByCarrier(), s.chilledParcels(), s.pickups(), s.loadAfter(),
                s.trip(), s.tripDepartureSeconds() - earlier)).toList();
        PlannedRoute early = new PlannedRoute(van.vehicleId(), van.vehicleType(), van.vehicleName(), van.echelon(),
                van.depotCode(), van.depotName(), van.departureSeconds(), van.returnSeconds() - earlier,
                van.distanceMetres(), van.costFen(), hurried);
        List<PlannedRoute> routes = new ArrayList<>(plan.routes());
        routes.set(routes.indexOf(van), early);
        DailyPlan tampered = new DailyPlan(plan.name(), routes, plan.assignments(), plan.unserved(), plan.totals(), List.of());

        assertThat(new DailyPlanChecker().check(problem, plan)).isEmpty();
        assertThat(new DailyPlanChecker().check(problem, tampered))
                .anySatisfy(text -> assertThat(text).contains(van.vehicleId()).contains("before it is reloaded"));
    }

    @Test
    void aStopReadFromAResultStoredBeforeTripsIsOnTheFirstTrip() {
        PlannedStop stored = new PlannedStop("V1", "village", PlannedStop.StopKind.VILLAGE_DELIVERY, 9 * 3600, 9 * 3600,
                9 * 3600 + 300, Map.of("ZTO", 3), 0, List.of(), new org.gongpei.solver.daily.model.Load(3, 4.5, 0, 0), 0, 0);
        assertThat(stored.trip()).isEqualTo(1);
    }

    private static long lastMileVans(DailyPlan plan) {
        return plan.routes().stream().filter(route -> route.echelon() == Echelon.LAST_MILE).map(PlannedRoute::vehicleId)
                .distinct().count();
    }
}
