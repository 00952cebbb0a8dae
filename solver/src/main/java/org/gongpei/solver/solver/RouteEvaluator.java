package org.gongpei.solver.solver;

import java.util.Arrays;
import java.util.List;

import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;

/**
 * Cost of one vehicle's route with a candidate stop inserted, for construction heuristics: it walks the
 * route from the depot and answers {@link #INFEASIBLE} on any hard violation (time window, shift end,
 * maximum working time, compartment, capacity, perishable limit), else the route's cost in soft score
 * units (the same scale as {@link RoutePlan#SCORE_PER_COST_UNIT}). The constraint provider stays the
 * authority on the score; this only ranks insertions.
 */
final class RouteEvaluator {

    /** Cost of a route that breaks a hard constraint. */
    static final long INFEASIBLE = Long.MAX_VALUE;

    private static final long COST_PER_KM_FACTOR = RoutePlan.SCORE_PER_COST_UNIT / 1_000;
    private static final long COST_PER_HOUR_FACTOR = RoutePlan.SCORE_PER_COST_UNIT / 3_600;

    private final long[] onBoard = new long[Quantities.COMPONENTS];
    private final long[] peak = new long[Quantities.COMPONENTS];
    private long[] departureSeconds = new long[16];

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
        }
        TravelMatrix matrix = vehicle.getMatrix();
        long time = vehicle.getShiftStartSeconds();
        long metres = 0;
        int at = vehicle.getDepotLocationIndex();
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            time += matrix.durationSeconds(at, stop.getLocationIndex());
            metres += matrix.distanceMetres(at, stop.getLocationIndex());
            if (time > stop.getDueSeconds() || stop.getDepotReadySeconds() > vehicle.getShiftStartSeconds()
                    && !stop.getDelivery().equals(Quantities.ZERO)) {
                return INFEASIBLE;
            }
            time = Math.max(time, stop.getReadySeconds()) + stop.getServiceSeconds();
            departureSeconds[i] = time;
            at = stop.getLocationIndex();
        }
        time += matrix.durationSeconds(at, vehicle.getDepotLocationIndex());
        metres += matrix.distanceMetres(at, vehicle.getDepotLocationIndex());
        long workingSeconds = time - vehicle.getShiftStartSeconds();
        if (time > vehicle.getShiftEndSeconds() || workingSeconds > vehicle.getMaxWorkingSeconds()
                || !perishablesInTime(route, inserted, position, size, time) || !loadsFit(vehicle, route, inserted, position, size)) {
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

    private boolean perishablesInTime(List<Stop> route, Stop inserted, int position, int size, long depotArrival) {
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            if (stop.hasPerishablePickup() && (depotArrival - departureSeconds[i] > stop.getMaxSecondsToColdStore()
                    || depotArrival > stop.getColdStoreDeadlineSeconds())) {
                return false;
            }
        }
        return true;
    }

    private boolean loadsFit(Vehicle vehicle, List<Stop> route, Stop inserted, int position, int size) {
        Quantities capacity = vehicle.getCapacity();
        Arrays.fill(onBoard, 0);
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            for (TemperatureClass temperatureClass : TemperatureClass.values()) {
                if (!vehicle.hasCompartment(temperatureClass) && stop.handles(temperatureClass)) {
                    return false;
                }
            }
            for (int c = 0; c < Quantities.COMPONENTS; c++) {
                onBoard[c] += stop.getDelivery().get(c);
            }
        }
        System.arraycopy(onBoard, 0, peak, 0, Quantities.COMPONENTS);
        for (int i = 0; i < size; i++) {
            Stop stop = stopAt(route, inserted, position, i);
            for (int c = 0; c < Quantities.COMPONENTS; c++) {
                onBoard[c] += stop.getPickup().get(c) - stop.getDelivery().get(c);
                peak[c] = Math.max(peak[c], onBoard[c]);
            }
        }
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            if (vehicle.hasCompartment(Quantities.temperatureClassOf(c)) && peak[c] > capacity.get(c)) {
                return false;
            }
        }
        return true;
    }
}
