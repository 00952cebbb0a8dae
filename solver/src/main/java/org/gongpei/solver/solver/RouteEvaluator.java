package org.gongpei.solver.solver;

import java.util.Arrays;
import java.util.List;

import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
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
    private int[] tripOf = new int[16];
    /** Parcels picked up per trip (unloaded at the reload after it). */
    private long[] tripParcels = new long[16];

    /**
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
            tripOf = new int[2 * size];
            tripParcels = new long[2 * size + 1];
        }
        if (!splitIntoTrips(vehicle, route, inserted, position, size)) {
            return INFEASIBLE;
        }
        TravelMatrix matrix = vehicle.getMatrix();
        BreakRule rule = vehicle.getBreakRule();
        int depot = vehicle.getDepotLocationIndex();
        long time = vehicle.getShiftStartSeconds();
        long tripDeparture = time;
        long driving = 0;
        long metres = 0;
        int at = depot;
        int tripStart = 0;
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            boolean reload = i > 0 && tripOf[i] != tripOf[i - 1];
            if (reload) {
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
                long reloadSeconds = vehicle.getReloads().seconds(tripParcels[tripOf[i - 1]]);
                time += reloadSeconds;
                driving = rule.drivingAfterPause(driving, reloadSeconds);
                at = depot;
                tripStart = i;
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
                    && !stop.getDelivery().equals(Quantities.ZERO)) {
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

    /** Fills {@link #tripOf} and {@link #tripParcels}; false if a compartment is missing or a trip is overloaded. */
    private boolean splitIntoTrips(Vehicle vehicle, List<Stop> route, Stop inserted, int position, int size) {
        Quantities capacity = vehicle.getCapacity();
        int maxTrips = vehicle.getReloads().maxTrips();
        int trip = 1;
        startTrip(trip);
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            for (TemperatureClass temperatureClass : TemperatureClass.values()) {
                if (!vehicle.hasCompartment(temperatureClass) && stop.handles(temperatureClass)) {
                    return false;
                }
            }
            if (i > 0 && trip < maxTrips && overloads(stop, capacity)) {
                if (overloaded(capacity)) {
                    return false;
                }
                startTrip(++trip);
            }
            for (int c = 0; c < Quantities.COMPONENTS; c++) {
                long delivery = stop.getDelivery().get(c);
                delivered[c] += delivery;
                net[c] += stop.getPickup().get(c) - delivery;
                maxNet[c] = Math.max(maxNet[c], net[c]);
            }
            tripOf[i] = trip;
            tripParcels[trip] += parcels(stop.getPickup());
        }
        return !overloaded(capacity);
    }

    private void startTrip(int trip) {
        Arrays.fill(delivered, 0);
        Arrays.fill(net, 0);
        Arrays.fill(maxNet, 0);
        tripParcels[trip] = 0;
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

    private static long parcels(Quantities quantities) {
        long parcels = 0;
        for (TemperatureClass temperatureClass : TemperatureClass.values()) {
            parcels += quantities.get(temperatureClass, Dimension.PARCELS);
        }
        return parcels;
    }
}
