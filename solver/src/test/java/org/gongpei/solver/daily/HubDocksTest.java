package org.gongpei.solver.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.daily.replan.Replanner;
import org.gongpei.solver.daily.replan.Replanning;
import org.gongpei.solver.daily.replan.VehicleBreakdown;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;

/** A hub's docks: vans load a few at a time, first loads and reloads alike. */
class HubDocksTest {

    private static final Duration LIMIT = Duration.ofSeconds(3);

    /** A van's time at a dock: from {@code start} until it leaves. */
    private record Loading(String van, long start, long end, boolean waited) {
    }

    @Test
    void vansBackForAReloadWaitForAFreeDock() {
        DailyFixtures county = busyHub();
        // no break rule within the day, so a van leaving later than back plus its reload waited for the dock
        DailyParameters parameters = DailyParameters.defaults(LIMIT).withHubLimits(1, 0)
                .withTripsAndBreaks(3, Duration.ofMinutes(30), 5, Duration.ofHours(24), Duration.ofMinutes(30));
        DailyProblem oneDock = county.problem(parameters);

        DailyPlan plan = new DailyPlanner().plan(oneDock, null);

        assertThat(plan.violations()).isEmpty();
        List<Loading> loadings = loadings(plan, oneDock);
        assertThat(loadings).as("reloads").anySatisfy(l -> assertThat(l.van()).contains("trip"));
        assertThat(loadings).as("a van that waited at the hub for the dock").anySatisfy(l -> assertThat(l.waited()).isTrue());
        for (Loading loading : loadings) {
            assertThat(loadings).as("vans loading with %s", loading)
                    .filteredOn(other -> other != loading && other.start() < loading.end() && loading.start() < other.end())
                    .isEmpty();
        }
    }

    @Test
    void theCheckerFindsTwoVansReloadingAtOnceAtASingleDock() {
        DailyFixtures county = busyHub();
        DailyProblem unlimited = county.problem(DailyParameters.defaults(LIMIT).withHubLimits(2, 0));
        DailyPlan plan = new DailyPlanner().plan(unlimited, null);
        assertThat(plan.violations()).isEmpty();

        // planned with two docks, judged with one: two vans were loading together
        DailyProblem oneDock = county.problem(DailyParameters.defaults(LIMIT).withHubLimits(1, 0));
        assertThat(new DailyPlanChecker().check(oneDock, plan))
                .anySatisfy(text -> assertThat(text).contains("2 vans load at").contains("docks: 1"));
    }

    @Test
    void aBreakdownReplannedAtOneDockKeepsTheDocksAndTheFinishedStops() {
        DailyFixtures county = busyHub();
        DailyProblem oneDock = county.problem(DailyParameters.defaults(LIMIT).withHubLimits(1, 0));
        DailyPlan plan = new DailyPlanner().plan(oneDock, null);
        assertThat(plan.violations()).isEmpty();
        PlannedRoute broken = plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE)
                .filter(r -> r.stops().size() >= 3).findFirst().orElseThrow();
        long now = broken.stops().get(1).arrivalSeconds() - 1;

        Replanning result = new Replanner(LIMIT).replan(oneDock, plan, new VehicleBreakdown(broken.vehicleId(), now));

        // the revised plan passes the day's checker, its docks included, and what was done stays as it was
        assertThat(result.plan().violations()).isEmpty();
        assertThat(Replanner.finishedStopChanges(plan, result.plan(), now)).isEmpty();
    }

    /** One hub whose small vans drive several short trips each, so that they come back for reloads close together. */
    private static DailyFixtures busyHub() {
        DailyFixtures county = DailyFixtures.county(1, 30, 5);
        county.fleet.removeIf(type -> type.role() == VehicleRole.CENTRE_DELIVERY || type.role() == VehicleRole.HUB_DELIVERY);
        VehicleType van = DailyFixtures.van("HVAN", VehicleRole.HUB_DELIVERY, 8);
        county.fleet.add(new VehicleType(van.code(), van.name(), van.role(), van.profile(), van.count(),
                van.capacity().with(TemperatureClass.AMBIENT, Dimension.PARCELS, 150), van.fixedCostFen(),
                van.costPerKilometreFen(), van.costPerHourFen(), van.shiftStartSeconds(), van.shiftEndSeconds(),
                van.maxWorkingSeconds()));
        return county;
    }

    /**
     * Recomputed from the plan and the roads: a first load ends when the van leaves; a reload when it leaves again,
     * and the van waited when it was back before the reload began.
     */
    private static List<Loading> loadings(DailyPlan plan, DailyProblem problem) {
        long reload = problem.parameters().reloadSeconds();
        long perParcel = problem.parameters().reloadSecondsPerParcel();
        Map<String, Integer> location = problem.villages().stream()
                .collect(Collectors.toMap(VillageDemand::code, VillageDemand::locationIndex));
        int hub = problem.hubs().getFirst().locationIndex();
        List<Loading> loadings = new ArrayList<>();
        for (PlannedRoute route : plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE).toList()) {
            TravelMatrix roads = problem.matrixOf(problem.vehicleTypes().stream()
                    .filter(type -> type.code().equals(route.vehicleType())).findFirst().orElseThrow());
            loadings.add(new Loading(route.vehicleId(), route.departureSeconds() - reload, route.departureSeconds(), false));
            Map<Integer, List<PlannedStop>> trips = route.stops().stream().collect(Collectors.groupingBy(PlannedStop::trip));
            for (int trip = 2; trips.containsKey(trip); trip++) {
                List<PlannedStop> before = trips.get(trip - 1);
                PlannedStop last = before.getLast();
                long back = last.departureSeconds() + roads.durationSeconds(location.get(last.siteCode()), hub);
                long loading = reload + perParcel * before.stream().mapToLong(PlannedStop::pickupParcels).sum();
                long leaves = trips.get(trip).getFirst().tripDepartureSeconds();
                loadings.add(new Loading(route.vehicleId() + " trip " + trip, leaves - loading, leaves,
                        leaves - loading > back));
            }
        }
        return loadings;
    }
}
