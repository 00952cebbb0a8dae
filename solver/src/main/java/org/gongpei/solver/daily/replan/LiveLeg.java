package org.gongpei.solver.daily.replan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.solver.daily.model.Assignment;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.UnservedReason;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.daily.step.DockQueue;
import org.gongpei.solver.daily.step.Leg;
import org.gongpei.solver.daily.step.StopInfo;
import org.gongpei.solver.daily.step.TrunkLegs;
import org.gongpei.solver.daily.step.VillageStops;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * One depot's village leg (last mile from a hub, or direct from the centre) rebuilt from a solved plan as it
 * stands at a time of day: the same vehicles and stops as the planner made them, each vehicle's route as
 * planned, and what can no longer change pinned:
 * <ul>
 * <li>every stop the vehicle has left or is driving to (the place before it was left at or before now);</li>
 * <li>on a vehicle already on the road, every stop up to its last delivery, because it carries those parcels
 * and no others;</li>
 * <li>a delivery not on the road yet is at the depot from now, so only a vehicle leaving now or later can
 * take it ({@link Stop#withDepotReady});</li>
 * <li>a vehicle without a route leaves no earlier than now.</li>
 * </ul>
 */
final class LiveLeg {

    final Leg leg;
    final long nowSeconds;
    final Map<String, List<UnservedReason>> refusedReasons = new LinkedHashMap<>();
    final List<VillageDemand> villages = new ArrayList<>();
    private final Map<String, PlannedRoute> routeByVehicle = new HashMap<>();

    private LiveLeg(Leg leg, long nowSeconds) {
        this.leg = leg;
        this.nowSeconds = nowSeconds;
    }

    /**
     * @param depotCode the centre's code (the direct leg) or a hub's
     * @param outOfService vehicles that broke down earlier: their routes are pinned whole
     * @throws IllegalArgumentException if the plan's routes do not match the problem's vehicles and stops
     */
    static LiveLeg rebuild(DailyProblem problem, DailyPlan plan, String depotCode, long nowSeconds,
            Set<String> outOfService) {
        boolean centre = depotCode.equals(problem.centreCode());
        HubSite hub = centre ? null : problem.hubs().stream().filter(h -> h.code().equals(depotCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No hub " + depotCode + " in the plan's problem."));
        Echelon echelon = centre ? Echelon.DIRECT : Echelon.LAST_MILE;
        Leg leg = centre
                ? new Leg(problem.name() + " direct", echelon, problem.centreCode(), problem.centreName())
                : new Leg(problem.name() + " last mile " + hub.code(), echelon, hub.code(), hub.name());
        LiveLeg live = new LiveLeg(leg, nowSeconds);
        for (PlannedRoute route : plan.routes()) {
            if (route.echelon() == echelon && route.depotCode().equals(depotCode)) {
                live.routeByVehicle.put(route.vehicleId(), route);
            }
        }
        VehicleRole role = centre ? VehicleRole.CENTRE_DELIVERY : VehicleRole.HUB_DELIVERY;
        long ready = centre ? problem.parameters().sortedAtCentreSeconds()
                : TrunkLegs.hubReadySeconds(problem, plan.routes(), hub);
        int depotIndex = centre ? problem.centreLocationIndex() : hub.locationIndex();
        DailyParameters parameters = problem.parameters();
        List<DockQueue.Loading> planned = new ArrayList<>();
        live.routeByVehicle.values().forEach(route -> planned.addAll(plannedLoadings(route, parameters)));
        for (VehicleType type : problem.vehicleTypes(role)) {
            for (int n = 1; n <= type.count(); n++) {
                String id = Leg.vanId(type, hub, n);
                PlannedRoute route = live.routeByVehicle.get(id);
                long start = route != null ? route.departureSeconds()
                        : Math.max(Math.max(type.shiftStartSeconds(), ready), nowSeconds);
                if (route == null && !centre) {
                    // a van not on the road yet loads at a dock free around the loadings already planned
                    start = DockQueue.firstDepartures(new long[] {start}, parameters.reloadSeconds(),
                            parameters.hubDocks(), planned)[0];
                    planned.add(new DockQueue.Loading(start - parameters.reloadSeconds(), start));
                }
                leg.addVehicle(id, type, depotIndex, problem, start, type.maxWorkingSeconds(), type.fixedCostFen());
            }
        }
        live.addStops(problem, plan, depotCode, role);
        live.placePlannedRoutes();
        for (Vehicle vehicle : live.leg.vehicles()) {
            PlannedRoute route = live.routeByVehicle.get(vehicle.getId());
            if (route != null) {
                vehicle.withReloadsNotBefore(plannedReloadStarts(route, problem.parameters()));
            }
        }
        live.leg.vehicles().stream().filter(v -> outOfService.contains(v.getId())).forEach(Vehicle::withRoutePinned);
        return live;
    }

    /**
     * Holds the hub's vans without a route until {@code fromSeconds} (a broken-down van's parcels back at the hub),
     * each leaving once loaded at a dock free around the loadings already planned.
     */
    void holdSpareVans(long fromSeconds, DailyParameters parameters) {
        if (leg.echelon() != Echelon.LAST_MILE || parameters.hubDocks() == 0) {
            return;
        }
        List<DockQueue.Loading> planned = new ArrayList<>();
        routeByVehicle.values().forEach(route -> planned.addAll(plannedLoadings(route, parameters)));
        for (Vehicle vehicle : leg.vehicles()) {
            if (routeByVehicle.containsKey(vehicle.getId())) {
                continue;
            }
            long earliest = Math.max(vehicle.getShiftStartSeconds(), fromSeconds);
            long start = DockQueue.firstDepartures(new long[] {earliest}, parameters.reloadSeconds(),
                    parameters.hubDocks(), planned)[0];
            planned.add(new DockQueue.Loading(start - parameters.reloadSeconds(), start));
            vehicle.withShift(start, Math.max(start, vehicle.getShiftEndSeconds()));
        }
    }

    /** @return a planned route's loadings at its depot: its first load, then each reload as planned */
    private static List<DockQueue.Loading> plannedLoadings(PlannedRoute route, DailyParameters parameters) {
        List<DockQueue.Loading> loadings = new ArrayList<>();
        loadings.add(new DockQueue.Loading(route.departureSeconds() - parameters.reloadSeconds(), route.departureSeconds()));
        long[] reloads = plannedReloadStarts(route, parameters);
        int trip = 2;
        for (PlannedStop stop : route.stops()) {
            if (stop.trip() == trip) {
                loadings.add(new DockQueue.Loading(reloads[trip - 2], stop.tripDepartureSeconds()));
                trip++;
            }
        }
        return loadings;
    }

    /**
     * @return when each reload of the route starts as planned (the second trip first): the loading ends when the van
     *         leaves, so a van that waited for a dock keeps its place at the docks
     */
    static long[] plannedReloadStarts(PlannedRoute route, DailyParameters parameters) {
        List<Long> starts = new ArrayList<>();
        int trip = 1;
        long returned = 0;
        for (PlannedStop stop : route.stops()) {
            if (stop.trip() != trip) {
                starts.add(stop.tripDepartureSeconds() - parameters.reloadSeconds()
                        - parameters.reloadSecondsPerParcel() * returned);
                trip = stop.trip();
                returned = 0;
            }
            returned += stop.pickupParcels();
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The trunk-up leg rebuilt for new last-mile routes: the hubs' collections made again from the vans' routes
     * ({@link TrunkLegs#trunkUp}); each truck keeps its planned route where a collection is unchanged, and what it
     * has left or is driving to stays pinned with its departure. A truck already waiting at a hub whose
     * collection changed takes the new collection there (and waits for it).
     *
     * @param routes the day's routes with the new last mile
     * @return the leg, or null when a collection that a truck has already started or is driving to has changed
     */
    static LiveLeg trunkUp(DailyProblem problem, List<PlannedRoute> routes, long nowSeconds, List<String> violations) {
        List<PlannedRoute> lastMile = routes.stream().filter(r -> r.echelon() == Echelon.LAST_MILE).toList();
        List<PlannedRoute> morning = routes.stream().filter(r -> r.echelon() == Echelon.TRUNK_DOWN).toList();
        LiveLeg live = new LiveLeg(TrunkLegs.trunkUp(problem, lastMile, morning, violations), nowSeconds);
        routes.stream().filter(r -> r.echelon() == Echelon.TRUNK_UP).forEach(r -> live.routeByVehicle.put(r.vehicleId(), r));
        Set<String> vehicleIds = new HashSet<>();
        for (Vehicle vehicle : live.leg.vehicles()) {
            vehicleIds.add(vehicle.getId());
            PlannedRoute route = live.routeByVehicle.get(vehicle.getId());
            long start = live.departed(route) ? route.departureSeconds() : Math.max(vehicle.getShiftStartSeconds(), nowSeconds);
            vehicle.withShift(start, Math.max(start, vehicle.getShiftEndSeconds()));
        }
        if (!vehicleIds.containsAll(live.routeByVehicle.keySet())) {
            return null;
        }
        Set<String> placed = new HashSet<>();
        for (Vehicle vehicle : live.leg.vehicles()) {
            PlannedRoute route = live.routeByVehicle.get(vehicle.getId());
            if (route == null) {
                continue;
            }
            int pinned = live.pinnedCount(route, false);
            List<Stop> stops = new ArrayList<>();
            for (int i = 0; i < route.stops().size(); i++) {
                PlannedStop planned = route.stops().get(i);
                Stop match = live.leg.stops().stream().filter(stop -> !placed.contains(stop.getId()))
                        .filter(stop -> live.leg.infoByStop().get(stop.getId()).siteCode().equals(planned.siteCode())
                                && live.leg.infoByStop().get(stop.getId()).pickups().equals(planned.pickups()))
                        .findFirst().orElse(null);
                if (match == null && i < pinned && planned.serviceStartSeconds() > nowSeconds) {
                    // A truck waiting at the hub takes the hub's new collection instead.
                    boolean chilled = planned.pickups().getFirst().chilled();
                    match = live.leg.stops().stream().filter(stop -> !placed.contains(stop.getId()))
                            .filter(stop -> live.leg.infoByStop().get(stop.getId()).siteCode().equals(planned.siteCode())
                                    && live.leg.infoByStop().get(stop.getId()).pickups().getFirst().chilled() == chilled)
                            .findFirst().orElse(null);
                }
                if (match == null && i < pinned) {
                    return null;
                }
                if (match != null) {
                    placed.add(match.getId());
                    stops.add(match);
                } else {
                    pinned = Math.min(pinned, stops.size());
                }
            }
            vehicle.setStops(stops);
            vehicle.withPinnedStops(Math.min(pinned, stops.size()));
        }
        return live;
    }

    private void addStops(DailyProblem problem, DailyPlan plan, String depotCode, VehicleRole role) {
        Map<String, VillageDemand> byCode = new HashMap<>();
        problem.villages().forEach(village -> byCode.put(village.code(), village));
        Quantities largestVan = VillageStops.largestVan(problem, role);
        for (Assignment assignment : plan.assignments()) {
            if (!assignment.depotCode().equals(depotCode)) {
                continue;
            }
            VillageDemand village = byCode.get(assignment.villageCode());
            if (village == null) {
                throw new IllegalArgumentException("The plan assigns village " + assignment.villageCode()
                        + ", which is not in its problem.");
            }
            villages.add(village);
            List<UnservedReason> refused = new ArrayList<>();
            VillageStops.add(village, problem.parameters(), largestVan, leg.stops(), leg.infoByStop(), refused);
            if (!refused.isEmpty()) {
                refusedReasons.put(village.code(), refused);
            }
        }
    }

    private void placePlannedRoutes() {
        Map<String, Stop> stopById = new HashMap<>();
        leg.stops().forEach(stop -> stopById.put(stop.getId(), stop));
        Set<String> placed = new HashSet<>();
        Set<String> vehicleIds = new HashSet<>();
        for (Vehicle vehicle : leg.vehicles()) {
            vehicleIds.add(vehicle.getId());
            PlannedRoute route = routeByVehicle.get(vehicle.getId());
            if (route == null) {
                continue;
            }
            List<Stop> stops = new ArrayList<>();
            for (PlannedStop planned : route.stops()) {
                Stop stop = stopById.get(stopId(planned, stopById, placed));
                placed.add(stop.getId());
                stops.add(stop);
            }
            vehicle.setStops(stops);
            vehicle.withPinnedStops(pinnedCount(route, true));
        }
        for (String id : routeByVehicle.keySet()) {
            if (!vehicleIds.contains(id)) {
                throw new IllegalArgumentException("The plan has a route of vehicle " + id
                        + ", which is not in the fleet of its problem.");
            }
        }
        for (Stop stop : leg.stops()) {
            if (!placed.contains(stop.getId()) || !departed(routeOf(stop))) {
                stop.withDepotReady(nowSeconds);
            }
        }
    }

    private PlannedRoute routeOf(Stop stop) {
        for (Vehicle vehicle : leg.vehicles()) {
            if (vehicle.getStops().contains(stop)) {
                return routeByVehicle.get(vehicle.getId());
            }
        }
        return null;
    }

    private boolean departed(PlannedRoute route) {
        return route != null && route.departureSeconds() <= nowSeconds;
    }

    /**
     * The stops left or being driven to, and with {@code deliveriesOnBoard} on a vehicle on the road every stop
     * up to its last delivery.
     */
    int pinnedCount(PlannedRoute route, boolean deliveriesOnBoard) {
        if (!departed(route)) {
            return 0;
        }
        int pinned = 0;
        int lastDelivery = -1;
        long leftPrevious = route.departureSeconds();
        for (int i = 0; i < route.stops().size(); i++) {
            PlannedStop stop = route.stops().get(i);
            if (leftPrevious <= nowSeconds) {
                pinned = i + 1;
            }
            if (deliveriesOnBoard && stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY) {
                lastDelivery = i;
            }
            leftPrevious = stop.departureSeconds();
        }
        return Math.max(pinned, lastDelivery + 1);
    }

    /** @return how many stops of a route were left at or before now (done) */
    static int doneCount(PlannedRoute route, long nowSeconds) {
        int done = 0;
        while (done < route.stops().size() && route.stops().get(done).departureSeconds() <= nowSeconds) {
            done++;
        }
        return done;
    }

    private String stopId(PlannedStop planned, Map<String, Stop> stopById, Set<String> placed) {
        String code = planned.siteCode();
        String id = switch (planned.kind()) {
            case VILLAGE_DELIVERY -> deliveryId(planned, stopById, placed);
            case VILLAGE_PICKUP -> {
                FarmPickup first = planned.pickups().getFirst();
                yield UrgentPickup.isUrgent(first) ? VillageStops.urgentId(code, first)
                        : (first.chilled() ? VillageStops.CHILLED_PICKUP : VillageStops.AMBIENT_PICKUP) + code;
            }
            default -> null;
        };
        if (id == null || !stopById.containsKey(id) || placed.contains(id)) {
            throw new IllegalArgumentException("The plan's stop " + planned.kind() + " at " + planned.siteName()
                    + " (" + code + ") does not match the demand of its problem.");
        }
        return id;
    }

    private String deliveryId(PlannedStop planned, Map<String, Stop> stopById, Set<String> placed) {
        for (int part = 0; ; part++) {
            String id = VillageStops.deliveryId(planned.siteCode(), part);
            if (!stopById.containsKey(id)) {
                return null;
            }
            StopInfo info = leg.infoByStop().get(id);
            if (!placed.contains(id) && info.parcelsByCarrier().equals(planned.parcelsByCarrier())
                    && info.chilledParcels() == planned.chilledParcels()) {
                return id;
            }
        }
    }

    RoutePlan problem() {
        return leg.problem();
    }
}
