package org.gongpei.solver.daily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.TravelMatrix;

/**
 * Checks a daily plan against its problem from the plan's own numbers, without the solver's model: every
 * route's times and distance recomputed from the travel matrix (a van's trips with their reloads at the depot),
 * station hours, perishable deadlines, the hubs ({@link HubChecks}), one route at a time per vehicle, and that
 * every parcel is either planned or listed as unserved.
 */
public final class DailyPlanChecker {

    /** @return a sentence per broken rule; empty when the plan keeps them all */
    public List<String> check(DailyProblem problem, DailyPlan plan) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> locations = new HashMap<>();
        Map<String, HubSite> hubs = new HashMap<>();
        Map<String, VehicleType> types = new HashMap<>();
        locations.put(problem.centreCode(), problem.centreLocationIndex());
        problem.hubs().forEach(hub -> {
            locations.put(hub.code(), hub.locationIndex());
            hubs.put(hub.code(), hub);
        });
        problem.villages().forEach(village -> locations.put(village.code(), village.locationIndex()));
        problem.vehicleTypes().forEach(type -> types.put(type.code(), type));
        for (PlannedRoute route : plan.routes()) {
            checkTimes(problem, route, locations, types.get(route.vehicleType()), problems);
        }
        HubChecks.check(problem, plan, hubs, problems);
        checkVillages(problem, plan, problems);
        checkVehicles(plan, problems);
        return problems;
    }

    private static void checkTimes(DailyProblem problem, PlannedRoute route, Map<String, Integer> locations,
            VehicleType type, List<String> problems) {
        if (type == null) {
            problems.add("Route " + route.vehicleId() + " names an unknown vehicle type " + route.vehicleType() + ".");
            return;
        }
        TravelMatrix matrix = problem.matrixOf(type);
        DailyParameters parameters = problem.parameters();
        int depot = locations.get(route.depotCode());
        int previous = depot;
        long time = route.departureSeconds();
        long metres = 0;
        int trip = 1;
        List<PlannedStop> tripStops = new ArrayList<>();
        int maxTrips = route.echelon() == Echelon.LAST_MILE || route.echelon() == Echelon.DIRECT
                ? parameters.maxTripsPerVan() : 1;
        for (PlannedStop stop : route.stops()) {
            int here = locations.get(stop.siteCode());
            long arrival;
            if (stop.trip() != trip) {
                long back = time + matrix.durationSeconds(previous, depot);
                metres += matrix.distanceMetres(previous, depot);
                checkColdChain(route, tripStops, back, problems);
                int ended = trip;
                long parcels = route.stops().stream().filter(other -> other.trip() == ended)
                        .mapToLong(PlannedStop::pickupParcels).sum();
                long reloaded = back + parameters.reloadSeconds() + parameters.reloadSecondsPerParcel() * parcels;
                if (stop.trip() != trip + 1 || stop.trip() > maxTrips) {
                    problems.add(route.vehicleId() + " starts trip " + stop.trip() + " after trip " + trip
                            + "; it may drive " + maxTrips + " in order.");
                }
                if (stop.tripDepartureSeconds() < reloaded) {
                    problems.add(route.vehicleId() + " leaves " + route.depotName() + " on trip " + stop.trip() + " at "
                            + Clock.format(stop.tripDepartureSeconds()) + ", before it is reloaded at "
                            + Clock.format(reloaded) + ".");
                }
                arrival = stop.tripDepartureSeconds() + matrix.durationSeconds(depot, here);
                metres += matrix.distanceMetres(depot, here);
                trip = stop.trip();
                tripStops.clear();
            } else {
                arrival = time + matrix.durationSeconds(previous, here);
                metres += matrix.distanceMetres(previous, here);
            }
            tripStops.add(stop);
            if (arrival != stop.arrivalSeconds()) {
                problems.add(route.vehicleId() + " arrives at " + stop.siteName() + " at " + Clock.format(stop.arrivalSeconds())
                        + " in the plan but " + Clock.format(arrival) + " by the road times.");
            }
            if (stop.serviceStartSeconds() < arrival || stop.departureSeconds() < stop.serviceStartSeconds()) {
                problems.add(route.vehicleId() + " has service at " + stop.siteName() + " out of order.");
            }
            boolean village = stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY
                    || stop.kind() == PlannedStop.StopKind.VILLAGE_PICKUP;
            if (village && (stop.serviceStartSeconds() < parameters.villageOpensSeconds()
                    || arrival > parameters.villageClosesSeconds())) {
                problems.add(route.vehicleId() + " serves " + stop.siteName() + " at " + Clock.format(stop.serviceStartSeconds())
                        + ", outside the station's hours.");
            }
            for (FarmPickup pickup : stop.pickups()) {
                if (stop.serviceStartSeconds() < pickup.readySeconds()) {
                    problems.add(route.vehicleId() + " collects " + pickup.product() + " at " + stop.siteName()
                            + " before it is ready.");
                }
            }
            time = stop.departureSeconds();
            previous = here;
        }
        long back = time + matrix.durationSeconds(previous, depot);
        metres += matrix.distanceMetres(previous, depot);
        if (back != route.returnSeconds() || metres != route.distanceMetres()) {
            problems.add(route.vehicleId() + " returns at " + Clock.format(route.returnSeconds()) + " after "
                    + route.distanceMetres() + " m in the plan, but at " + Clock.format(back) + " after " + metres
                    + " m by the roads.");
        }
        if (route.departureSeconds() < type.shiftStartSeconds() || back > type.shiftEndSeconds()) {
            problems.add(route.vehicleId() + " works outside its shift.");
        }
        checkColdChain(route, tripStops, back, problems);
    }

    /** Perishable products of a trip reach cold storage when the trip is back at its depot. */
    private static void checkColdChain(PlannedRoute route, List<PlannedStop> trip, long back, List<String> problems) {
        if (route.echelon() == Echelon.TRUNK_UP || route.echelon() == Echelon.TRUNK_DOWN) {
            return;
        }
        for (PlannedStop stop : trip) {
            for (FarmPickup pickup : stop.pickups()) {
                if (pickup.maxSecondsToColdStore() < org.gongpei.solver.domain.Stop.NO_LIMIT
                        && back > pickup.readySeconds() + pickup.maxSecondsToColdStore()) {
                    problems.add(pickup.product() + " from " + stop.siteName() + " reaches cold storage at "
                            + Clock.format(back) + ", after its limit of "
                            + Clock.format(pickup.readySeconds() + pickup.maxSecondsToColdStore()) + ".");
                }
            }
        }
    }

    private static void checkVillages(DailyProblem problem, DailyPlan plan, List<String> problems) {
        Map<String, Integer> delivered = new HashMap<>();
        Map<String, Integer> pickedUp = new HashMap<>();
        for (PlannedRoute route : plan.routes()) {
            for (PlannedStop stop : route.stops()) {
                if (stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY) {
                    delivered.merge(stop.siteCode(), stop.parcels(), Integer::sum);
                } else if (stop.kind() == PlannedStop.StopKind.VILLAGE_PICKUP) {
                    pickedUp.merge(stop.siteCode(), stop.pickupParcels(), Integer::sum);
                }
            }
        }
        Map<String, Unserved> unserved = new HashMap<>();
        plan.unserved().forEach(u -> unserved.put(u.villageCode(), u));
        for (VillageDemand village : problem.villages()) {
            Unserved left = unserved.get(village.code());
            int down = delivered.getOrDefault(village.code(), 0) + (left == null ? 0 : left.parcels());
            int up = pickedUp.getOrDefault(village.code(), 0) + (left == null ? 0 : left.pickupParcels());
            if (down != village.parcels() || up != village.pickupParcels()) {
                problems.add("Village " + village.name() + " has " + village.parcels() + " parcels and "
                        + village.pickupParcels() + " to collect, but the plan accounts for " + down + " and " + up + ".");
            }
        }
    }

    private static void checkVehicles(DailyPlan plan, List<String> problems) {
        Map<String, List<PlannedRoute>> byVehicle = new HashMap<>();
        plan.routes().forEach(route -> byVehicle.computeIfAbsent(route.vehicleId(), id -> new ArrayList<>()).add(route));
        byVehicle.forEach((vehicle, routes) -> {
            routes.sort((a, b) -> Long.compare(a.departureSeconds(), b.departureSeconds()));
            for (int i = 1; i < routes.size(); i++) {
                if (routes.get(i).departureSeconds() < routes.get(i - 1).returnSeconds()) {
                    problems.add(vehicle + " starts a route before it is back from the previous one.");
                }
            }
        });
    }
}
