package org.gongpei.solver.solver;

import java.util.Arrays;
import java.util.List;

import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;

/**
 * Cost of one vehicle's route with a candidate stop inserted, for construction heuristics: it splits the route
 * into trips as the model does (a stop that would not fit begins the next trip while trips remain), walks it
 * from the depot with reloads and breaks, and answers {@link #INFEASIBLE} on any hard violation (time window,
 * shift end, maximum working time, compartment, capacity per trip, perishable limit per trip, driving without a
 * break), else the route's cost in soft score units (the same scale as {@link RoutePlan#SCORE_PER_COST_UNIT}).
 * The constraint provider stays the authority on the score; this only ranks insertions.
 */
final class RouteEvaluator {

    /** Cost of a route that breaks a hard constraint. */
    static final long INFEASIBLE = Long.MAX_VALUE;

    private static final long COST_PER_KM_FACTOR = RoutePlan.SCORE_PER_COST_UNIT / 1_000;
    private static final long COST_PER_HOUR_FACTOR = RoutePlan.SCORE_PER_COST_UNIT / 3_600;

    private final long[] delivered = new long[Quantities.COMPONENTS];
    private final long[] net = new long[Quantities.COMPONENTS];
    private final long[] maxNet = new long[Quantities.COMPONENTS];
    private long[] departureSeconds = new long[16];

    /**
     * Walks the route once: a stop's trip follows from the loads before it, so the trips, the times and the loads
     * are worked out together and most insertions are rejected early, at a closed time window or a full van. With
     * one trip the loads cannot change the times and are added up only for a route that keeps its time windows.
     *
     * @param route the vehicle's stops, without the candidate
     * @param inserted the candidate stop, or null to cost the route as it is
     * @param position index in {@code route} before which the candidate goes
     * @return the route's cost in soft score units, or {@link #INFEASIBLE}
     */
    long cost(Vehicle vehicle, List<Stop> route, Stop inserted, int position) {
        int size = route.size() + (inserted == null ? 0 : 1);
        if (size == 0) {
            return 0;
        }
        if (departureSeconds.length < size) {
            departureSeconds = new long[2 * size];
        }
        Quantities capacity = vehicle.getCapacity();
        int missingCompartments = ~capacity.classMask();
        int maxTrips = vehicle.getReloads().maxTrips();
        boolean oneTrip = maxTrips == 1;
        TravelMatrix matrix = vehicle.getMatrix();
        BreakRule rule = vehicle.getBreakRule();
        int depot = vehicle.getDepotLocationIndex();
        long time = vehicle.getShiftStartSeconds();
        long tripDeparture = time;
        long driving = 0;
        long metres = 0;
        int at = depot;
        int trip = 1;
        int tripStart = 0;
        long tripPickupParcels = 0;
        emptyVan();
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            if (((stop.getDelivery().classMask() | stop.getPickup().classMask()) & missingCompartments) != 0) {
                return INFEASIBLE;
            }
            boolean reload = !oneTrip && i > 0 && trip < maxTrips && overloads(stop, capacity);
            if (reload) {
                if (overloaded(capacity)) {
                    return INFEASIBLE;
                }
                trip++;
                emptyVan();
                long toDepot = matrix.durationSeconds(at, depot);
                if (rule.excessSeconds(driving, toDepot) > 0) {
                    return INFEASIBLE;
                }
                time += rule.breakBefore(driving, toDepot) + toDepot;
                driving = rule.drivingAfter(driving, toDepot);
                metres += matrix.distanceMetres(at, depot);
                if (!perishablesInTime(route, inserted, position, tripStart, i, time)) {
                    return INFEASIBLE;
                }
                long departure = vehicle.reloadedDepartureSeconds(trip, time, driving, tripPickupParcels,
                        matrix.durationSeconds(depot, stop.getLocationIndex()));
                driving = rule.drivingAfterPause(driving, departure - time);
                time = departure;
                at = depot;
                tripStart = i;
                tripPickupParcels = 0;
            }
            if (!oneTrip) {
                load(stop);
                // Loads only grow within a trip, so the last trip cannot recover from an overload.
                if (trip == maxTrips && overloaded(capacity)) {
                    return INFEASIBLE;
                }
                tripPickupParcels += stop.getPickup().parcels();
            }
            long leg = matrix.durationSeconds(at, stop.getLocationIndex());
            if (rule.excessSeconds(driving, leg) > 0) {
                return INFEASIBLE;
            }
            time += rule.breakBefore(driving, leg);
            if (reload) {
                tripDeparture = time;
            }
            time += leg;
            driving = rule.drivingAfter(driving, leg);
            metres += matrix.distanceMetres(at, stop.getLocationIndex());
            if (time > stop.getDueSeconds() || stop.getDepotReadySeconds() > tripDeparture
                    && stop.getDelivery().classMask() != 0) {
                return INFEASIBLE;
            }
            driving = rule.drivingAfterPause(driving, stop.getReadySeconds() - time);
            time = Math.max(time, stop.getReadySeconds()) + stop.getServiceSeconds();
            departureSeconds[i] = time;
            at = stop.getLocationIndex();
        }
        long home = matrix.durationSeconds(at, depot);
        if (rule.excessSeconds(driving, home) > 0) {
            return INFEASIBLE;
        }
        time += rule.breakBefore(driving, home) + home;
        metres += matrix.distanceMetres(at, depot);
        long workingSeconds = time - vehicle.getShiftStartSeconds();
        if (time > vehicle.getShiftEndSeconds() || workingSeconds > vehicle.getMaxWorkingSeconds()
                || !perishablesInTime(route, inserted, position, tripStart, size, time)) {
            return INFEASIBLE;
        }
        if (oneTrip) {
            for (int i = 0; i < size; i++) {
                load(stopAt(route, inserted, position, i));
            }
        }
        if (overloaded(capacity)) {
            return INFEASIBLE;
        }
        return vehicle.getFixedCost() * RoutePlan.SCORE_PER_COST_UNIT
                + metres * vehicle.getCostPerKilometre() * COST_PER_KM_FACTOR
                + workingSeconds * vehicle.getCostPerHour() * COST_PER_HOUR_FACTOR;
    }

    private static Stop stopAt(List<Stop> route, Stop inserted, int position, int index) {
        if (inserted == null || index < position) {
            return route.get(index);
        }
        return index == position ? inserted : route.get(index - 1);
    }

    private boolean perishablesInTime(List<Stop> route, Stop inserted, int position, int from, int to,
            long depotArrival) {
        for (int i = from; i < to; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            if (stop.hasPerishablePickup() && (depotArrival - departureSeconds[i] > stop.getMaxSecondsToColdStore()
                    || depotArrival > stop.getColdStoreDeadlineSeconds())) {
                return false;
            }
        }
        return true;
    }

    private void emptyVan() {
        Arrays.fill(delivered, 0);
        Arrays.fill(net, 0);
        Arrays.fill(maxNet, 0);
    }

    private void load(Stop stop) {
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            long delivery = stop.getDelivery().get(c);
            delivered[c] += delivery;
            net[c] += stop.getPickup().get(c) - delivery;
            maxNet[c] = Math.max(maxNet[c], net[c]);
        }
    }

    private boolean overloads(Stop stop, Quantities capacity) {
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            if (capacity.hasAny(Quantities.temperatureClassOf(c))) {
                long nextNet = net[c] + stop.getPickup().get(c) - stop.getDelivery().get(c);
                if (delivered[c] + stop.getDelivery().get(c) + Math.max(maxNet[c], nextNet) > capacity.get(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean overloaded(Quantities capacity) {
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            if (capacity.hasAny(Quantities.temperatureClassOf(c)) && delivered[c] + maxNet[c] > capacity.get(c)) {
                return true;
            }
        }
        return false;
    }

}
