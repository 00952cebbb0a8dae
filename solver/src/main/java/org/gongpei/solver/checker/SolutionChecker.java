package org.gongpei.solver.checker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongpei.solver.checker.Violation.Kind;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;

/**
 * Recomputes a plan from its routes and raw problem data only: it reads each vehicle's stop list and
 * never the shadow variables or the constraint code, so it catches errors in either.
 */
public final class SolutionChecker {

    private static final long COST_PER_KM_FACTOR = RoutePlan.SCORE_PER_COST_UNIT / 1_000;
    private static final long COST_PER_HOUR_FACTOR = RoutePlan.SCORE_PER_COST_UNIT / 3_600;

    /** @return every violation and the recomputed cost of the plan */
    public CheckReport check(RoutePlan plan) {
        List<Violation> violations = new ArrayList<>();
        Set<String> served = new HashSet<>();
        int usedVehicles = 0;
        long distance = 0;
        long cost = 0;
        for (Vehicle vehicle : plan.getVehicles()) {
            List<Stop> route = vehicle.getStops();
            if (route.isEmpty()) {
                continue;
            }
            usedVehicles++;
            for (Stop stop : route) {
                if (!served.add(stop.getId())) {
                    violations.add(new Violation(Kind.DUPLICATE_STOP, stop.getId(), 1,
                            "Stop " + stop.getName() + " is visited more than once."));
                }
            }
            RouteTotals totals = checkRoute(vehicle, route, violations);
            distance += totals.metres();
            cost += vehicle.getFixedCost() * RoutePlan.SCORE_PER_COST_UNIT
                    + totals.metres() * vehicle.getCostPerKilometre() * COST_PER_KM_FACTOR
                    + totals.workingSeconds() * vehicle.getCostPerHour() * COST_PER_HOUR_FACTOR;
        }
        long optionalPenalty = 0;
        for (Stop stop : plan.getStops()) {
            if (served.contains(stop.getId())) {
                continue;
            }
            if (stop.isOptional()) {
                optionalPenalty += stop.getUnassignedPenalty();
            } else {
                violations.add(new Violation(Kind.UNASSIGNED_MANDATORY_STOP, stop.getId(), 1,
                        "Mandatory stop " + stop.getName() + " is not served."));
            }
        }
        return new CheckReport(List.copyOf(violations), usedVehicles, distance, cost, optionalPenalty);
    }

    private record RouteTotals(long metres, long workingSeconds) {
    }

    private RouteTotals checkRoute(Vehicle vehicle, List<Stop> route, List<Violation> violations) {
        TravelMatrix matrix = vehicle.getMatrix();
        int n = route.size();
        long[] departures = new long[n];
        long time = vehicle.getShiftStartSeconds();
        long metres = 0;
        int at = vehicle.getDepotLocationIndex();
        for (int i = 0; i < n; i++) {
            Stop stop = route.get(i);
            time += matrix.durationSeconds(at, stop.getLocationIndex());
            metres += matrix.distanceMetres(at, stop.getLocationIndex());
            if (time > stop.getDueSeconds()) {
                violations.add(new Violation(Kind.TIME_WINDOW, stop.getId(), time - stop.getDueSeconds(),
                        "Vehicle " + vehicle.getId() + " arrives at " + stop.getName() + " at " + time
                                + " s, after its window closes at " + stop.getDueSeconds() + " s."));
            }
            if (!stop.getDelivery().equals(Quantities.ZERO) && stop.getDepotReadySeconds() > vehicle.getShiftStartSeconds()) {
                long early = stop.getDepotReadySeconds() - vehicle.getShiftStartSeconds();
                violations.add(new Violation(Kind.DELIVERY_NOT_AT_DEPOT, stop.getId(), early,
                        "Vehicle " + vehicle.getId() + " leaves its depot " + early + " s before the delivery for "
                                + stop.getName() + " is there to load."));
            }
            long parcels = 0;
            for (TemperatureClass temperatureClass : TemperatureClass.values()) {
                parcels += stop.getDelivery().get(temperatureClass, Dimension.PARCELS)
                        + stop.getPickup().get(temperatureClass, Dimension.PARCELS);
            }
            time = Math.max(time, stop.getReadySeconds()) + stop.getFixedServiceSeconds()
                    + parcels * stop.getServiceSecondsPerParcel();
            departures[i] = time;
            at = stop.getLocationIndex();
        }
        time += matrix.durationSeconds(at, vehicle.getDepotLocationIndex());
        metres += matrix.distanceMetres(at, vehicle.getDepotLocationIndex());
        long working = time - vehicle.getShiftStartSeconds();
        if (time > vehicle.getShiftEndSeconds()) {
            violations.add(new Violation(Kind.SHIFT_END, vehicle.getId(), time - vehicle.getShiftEndSeconds(),
                    "Vehicle " + vehicle.getId() + " returns at " + time + " s, after its shift ends."));
        }
        if (working > vehicle.getMaxWorkingSeconds()) {
            violations.add(new Violation(Kind.MAX_WORKING_TIME, vehicle.getId(), working - vehicle.getMaxWorkingSeconds(),
                    "Vehicle " + vehicle.getId() + " works " + working + " s, more than its maximum."));
        }
        checkPerishables(vehicle, route, departures, time, violations);
        checkLoads(vehicle, route, violations);
        return new RouteTotals(metres, working);
    }

    private void checkPerishables(Vehicle vehicle, List<Stop> route, long[] departures, long depotArrival,
            List<Violation> violations) {
        for (int i = 0; i < route.size(); i++) {
            Stop stop = route.get(i);
            boolean cold = stop.getPickup().hasAny(TemperatureClass.CHILLED) || stop.getPickup().hasAny(TemperatureClass.FROZEN);
            long onBoard = depotArrival - departures[i];
            if (cold && stop.getMaxSecondsToColdStore() < Stop.NO_LIMIT && onBoard > stop.getMaxSecondsToColdStore()) {
                violations.add(new Violation(Kind.PERISHABLE_LIMIT, stop.getId(), onBoard - stop.getMaxSecondsToColdStore(),
                        "Goods from " + stop.getName() + " spend " + onBoard + " s on vehicle " + vehicle.getId()
                                + ", more than " + stop.getMaxSecondsToColdStore() + " s."));
            } else if (cold && depotArrival > stop.getColdStoreDeadlineSeconds()) {
                violations.add(new Violation(Kind.PERISHABLE_LIMIT, stop.getId(),
                        depotArrival - stop.getColdStoreDeadlineSeconds(),
                        "Goods from " + stop.getName() + " reach the cold store of vehicle " + vehicle.getId() + " at "
                                + depotArrival + " s, after their deadline of " + stop.getColdStoreDeadlineSeconds() + " s."));
            }
        }
    }

    private void checkLoads(Vehicle vehicle, List<Stop> route, List<Violation> violations) {
        for (Stop stop : route) {
            for (TemperatureClass temperatureClass : TemperatureClass.values()) {
                boolean carries = stop.getDelivery().hasAny(temperatureClass) || stop.getPickup().hasAny(temperatureClass);
                if (carries && !vehicle.hasCompartment(temperatureClass)) {
                    violations.add(new Violation(Kind.TEMPERATURE, stop.getId(), 1, "Vehicle " + vehicle.getId()
                            + " has no " + temperatureClass + " compartment for " + stop.getName() + "."));
                }
            }
        }
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            if (!vehicle.hasCompartment(Quantities.temperatureClassOf(c))) {
                continue;
            }
            long onBoard = 0;
            for (Stop stop : route) {
                onBoard += stop.getDelivery().get(c);
            }
            long peak = onBoard;
            for (Stop stop : route) {
                onBoard += stop.getPickup().get(c) - stop.getDelivery().get(c);
                peak = Math.max(peak, onBoard);
            }
            long capacity = vehicle.getCapacity().get(c);
            if (peak > capacity) {
                violations.add(new Violation(Kind.CAPACITY, vehicle.getId(), peak - capacity, "Vehicle "
                        + vehicle.getId() + " carries up to " + peak + " " + Quantities.dimensionOf(c) + " "
                        + Quantities.temperatureClassOf(c) + ", capacity " + capacity + "."));
            }
        }
    }
}
