package org.gongpei.solver.checker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongpei.solver.checker.Violation.Kind;
import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;

/**
 * Recomputes a plan from its routes and raw problem data only: it reads each vehicle's stop list and
 * never the shadow variables or the constraint code, so it catches errors in either. A route is split into trips
 * by the model's rule ({@link #trips}); each trip is checked on its own for capacity and perishable limits, and
 * the day as a whole for reload times, driver breaks, time windows, shift end and working time.
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
        List<List<Stop>> trips = trips(vehicle, route);
        TravelMatrix matrix = vehicle.getMatrix();
        int depot = vehicle.getDepotLocationIndex();
        Driver driver = new Driver(vehicle, violations);
        long time = vehicle.getShiftStartSeconds();
        long metres = 0;
        for (int t = 0; t < trips.size(); t++) {
            List<Stop> trip = trips.get(t);
            if (t > 0) {
                long parcels = 0;
                for (Stop stop : trips.get(t - 1)) {
                    parcels += parcels(stop.getPickup());
                }
                long reload = vehicle.getReloads().fixedSeconds() + vehicle.getReloads().secondsPerParcel() * parcels;
                long out = matrix.durationSeconds(depot, trip.get(0).getLocationIndex());
                long rest = driver.breakDueAfter(reload, out);
                long back = time;
                time = Math.max(back + rest, vehicle.reloadNotBeforeSeconds(t + 1)) + reload;
                driver.pause(time - back);
            }
            long tripDeparture = time;
            long[] departures = new long[trip.size()];
            int at = depot;
            for (int i = 0; i < trip.size(); i++) {
                Stop stop = trip.get(i);
                long leg = matrix.durationSeconds(at, stop.getLocationIndex());
                time += driver.drive(leg, stop.getId());
                if (i == 0) {
                    tripDeparture = time - leg;
                }
                metres += matrix.distanceMetres(at, stop.getLocationIndex());
                if (time > stop.getDueSeconds()) {
                    violations.add(new Violation(Kind.TIME_WINDOW, stop.getId(), time - stop.getDueSeconds(),
                            "Vehicle " + vehicle.getId() + " arrives at " + stop.getName() + " at " + time
                                    + " s, after its window closes at " + stop.getDueSeconds() + " s."));
                }
                if (!stop.getDelivery().equals(Quantities.ZERO) && stop.getDepotReadySeconds() > tripDeparture) {
                    long early = stop.getDepotReadySeconds() - tripDeparture;
                    violations.add(new Violation(Kind.DELIVERY_NOT_AT_DEPOT, stop.getId(), early,
                            "Vehicle " + vehicle.getId() + " leaves its depot " + early + " s before the delivery for "
                                    + stop.getName() + " is there to load."));
                }
                driver.pause(stop.getReadySeconds() - time);
                time = Math.max(time, stop.getReadySeconds()) + stop.getFixedServiceSeconds()
                        + (parcels(stop.getDelivery()) + parcels(stop.getPickup())) * stop.getServiceSecondsPerParcel();
                departures[i] = time;
                at = stop.getLocationIndex();
            }
            Stop last = trip.get(trip.size() - 1);
            time += driver.drive(matrix.durationSeconds(at, depot), last.getId());
            metres += matrix.distanceMetres(at, depot);
            checkPerishables(vehicle, trip, departures, time, violations);
            checkLoads(vehicle, trip, t + 1, violations);
        }
        long working = time - vehicle.getShiftStartSeconds();
        if (time > vehicle.getShiftEndSeconds()) {
            violations.add(new Violation(Kind.SHIFT_END, vehicle.getId(), time - vehicle.getShiftEndSeconds(),
                    "Vehicle " + vehicle.getId() + " returns at " + time + " s, after its shift ends."));
        }
        if (working > vehicle.getMaxWorkingSeconds()) {
            violations.add(new Violation(Kind.MAX_WORKING_TIME, vehicle.getId(), working - vehicle.getMaxWorkingSeconds(),
                    "Vehicle " + vehicle.getId() + " works " + working + " s, more than its maximum."));
        }
        return new RouteTotals(metres, working);
    }

    /**
     * Splits a route into trips by the model's rule: a stop begins a new trip when the goods of the current trip and
     * its own would exceed a compartment somewhere on the trip, while the vehicle has trips left.
     *
     * @return the stops of each trip, in order
     */
    public static List<List<Stop>> trips(Vehicle vehicle, List<Stop> route) {
        List<List<Stop>> trips = new ArrayList<>();
        List<Stop> current = new ArrayList<>();
        for (Stop stop : route) {
            if (!current.isEmpty() && trips.size() + 1 < vehicle.getReloads().maxTrips()) {
                List<Stop> extended = new ArrayList<>(current);
                extended.add(stop);
                if (!overloadedComponents(vehicle, extended).isEmpty()) {
                    trips.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(stop);
        }
        if (!current.isEmpty()) {
            trips.add(current);
        }
        return trips;
    }

    /** The driving since the last break, and the breaks the rule asks for. */
    private static final class Driver {
        private final Vehicle vehicle;
        private final List<Violation> violations;
        private long driving;

        Driver(Vehicle vehicle, List<Violation> violations) {
            this.vehicle = vehicle;
            this.violations = violations;
        }

        /** @return the seconds the drive takes, with a break before it if the rule asks for one */
        long drive(long seconds, String towardsOrFrom) {
            BreakRule rule = vehicle.getBreakRule();
            long rest = 0;
            if (driving > 0 && driving + seconds > rule.maxDrivingSeconds()) {
                rest = rule.breakSeconds();
                driving = 0;
            }
            driving += seconds;
            if (driving > rule.maxDrivingSeconds()) {
                violations.add(new Violation(Kind.DRIVING_WITHOUT_BREAK, towardsOrFrom, driving - rule.maxDrivingSeconds(),
                        "Vehicle " + vehicle.getId() + " drives " + driving + " s without a break near stop "
                                + towardsOrFrom + ", more than " + rule.maxDrivingSeconds() + " s."));
            }
            return rest + seconds;
        }

        /** @return the break needed before a drive after a pause of {@code pauseSeconds}, 0 if none */
        long breakDueAfter(long pauseSeconds, long driveSeconds) {
            BreakRule rule = vehicle.getBreakRule();
            long before = pauseSeconds >= rule.breakSeconds() ? 0 : driving;
            return before > 0 && before + driveSeconds > rule.maxDrivingSeconds() ? rule.breakSeconds() : 0;
        }

        /** A wait or reload: long enough, it counts as the break. */
        void pause(long seconds) {
            if (seconds >= vehicle.getBreakRule().breakSeconds()) {
                driving = 0;
            }
        }
    }

    private static long parcels(Quantities quantities) {
        long parcels = 0;
        for (TemperatureClass temperatureClass : TemperatureClass.values()) {
            parcels += quantities.get(temperatureClass, Dimension.PARCELS);
        }
        return parcels;
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

    private void checkLoads(Vehicle vehicle, List<Stop> trip, int tripNumber, List<Violation> violations) {
        for (Stop stop : trip) {
            for (TemperatureClass temperatureClass : TemperatureClass.values()) {
                boolean carries = stop.getDelivery().hasAny(temperatureClass) || stop.getPickup().hasAny(temperatureClass);
                if (carries && !vehicle.hasCompartment(temperatureClass)) {
                    violations.add(new Violation(Kind.TEMPERATURE, stop.getId(), 1, "Vehicle " + vehicle.getId()
                            + " has no " + temperatureClass + " compartment for " + stop.getName() + "."));
                }
            }
        }
        long[] peaks = peakLoads(trip);
        for (int c : overloadedComponents(vehicle, trip)) {
            long capacity = vehicle.getCapacity().get(c);
            violations.add(new Violation(Kind.CAPACITY, vehicle.getId(), peaks[c] - capacity, "Vehicle "
                    + vehicle.getId() + " carries up to " + peaks[c] + " " + Quantities.dimensionOf(c) + " "
                    + Quantities.temperatureClassOf(c) + " on trip " + tripNumber + ", capacity " + capacity + "."));
        }
    }

    private static List<Integer> overloadedComponents(Vehicle vehicle, List<Stop> trip) {
        long[] peaks = peakLoads(trip);
        List<Integer> overloaded = new ArrayList<>();
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            if (vehicle.hasCompartment(Quantities.temperatureClassOf(c)) && peaks[c] > vehicle.getCapacity().get(c)) {
                overloaded.add(c);
            }
        }
        return overloaded;
    }

    /** @return the most on board per component: all deliveries loaded at the depot, pickups joining on the way */
    private static long[] peakLoads(List<Stop> trip) {
        long[] peaks = new long[Quantities.COMPONENTS];
        for (int c = 0; c < Quantities.COMPONENTS; c++) {
            long onBoard = 0;
            for (Stop stop : trip) {
                onBoard += stop.getDelivery().get(c);
            }
            long peak = onBoard;
            for (Stop stop : trip) {
                onBoard += stop.getPickup().get(c) - stop.getDelivery().get(c);
                peak = Math.max(peak, onBoard);
            }
            peaks[c] = peak;
        }
        return peaks;
    }
}
