package org.gongpei.solver.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.solver.RouteJustifications.DeliveryNotAtDepot;
import org.gongpei.solver.solver.RouteJustifications.DistanceCost;
import org.gongpei.solver.solver.RouteJustifications.DrivingWithoutBreak;
import org.gongpei.solver.solver.RouteJustifications.MaxWorkingTime;
import org.gongpei.solver.solver.RouteJustifications.PerishableLimit;
import org.gongpei.solver.solver.RouteJustifications.ShiftEnd;
import org.gongpei.solver.solver.RouteJustifications.TemperatureCompatibility;
import org.gongpei.solver.solver.RouteJustifications.TimeWindow;
import org.gongpei.solver.solver.RouteJustifications.UnassignedMandatoryStop;
import org.gongpei.solver.solver.RouteJustifications.UnassignedOptionalStop;
import org.gongpei.solver.solver.RouteJustifications.VehicleCapacity;
import org.gongpei.solver.solver.RouteJustifications.VehicleFixedCost;
import org.gongpei.solver.solver.RouteJustifications.WorkingTimeCost;

/** Hard feasibility, medium service level (optional stops), soft total cost; see {@link RoutePlan}. */
public class RouteConstraintProvider implements ConstraintProvider {

    public static final String UNASSIGNED_MANDATORY_STOP = "Unassigned mandatory stop";
    public static final String VEHICLE_CAPACITY = "Vehicle capacity";
    public static final String TEMPERATURE_COMPATIBILITY = "Temperature compatibility";
    public static final String TIME_WINDOW = "Time window";
    public static final String DELIVERY_NOT_AT_DEPOT = "Delivery not at depot";
    public static final String SHIFT_END = "Shift end";
    public static final String MAX_WORKING_TIME = "Maximum working time";
    public static final String PERISHABLE_LIMIT = "Perishable limit";
    public static final String DRIVING_WITHOUT_BREAK = "Driving without break";
    public static final String UNASSIGNED_OPTIONAL_STOP = "Unassigned optional stop";
    public static final String VEHICLE_FIXED_COST = "Vehicle fixed cost";
    public static final String DISTANCE_COST = "Distance cost";
    public static final String WORKING_TIME_COST = "Working time cost";

    /** Hard weight of one unserved mandatory stop; outweighs any lateness or overload of a served one. */
    public static final HardMediumSoftScore UNASSIGNED_MANDATORY_WEIGHT = HardMediumSoftScore.ofHard(1_000_000_000_000L);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                unassignedMandatoryStop(factory),
                vehicleCapacity(factory),
                temperatureCompatibility(factory),
                timeWindow(factory),
                deliveryNotAtDepot(factory),
                shiftEnd(factory),
                maxWorkingTime(factory),
                perishableLimit(factory),
                drivingWithoutBreak(factory),
                unassignedOptionalStop(factory),
                vehicleFixedCost(factory),
                distanceCost(factory),
                workingTimeCost(factory)
        };
    }

    Constraint unassignedMandatoryStop(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class)
                .filter(stop -> stop.getVehicle() == null && !stop.isOptional())
                .penalize(UNASSIGNED_MANDATORY_WEIGHT)
                .justifyWith((stop, score) -> new UnassignedMandatoryStop(stop.getName()))
                .asConstraint(UNASSIGNED_MANDATORY_STOP);
    }

    Constraint vehicleCapacity(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(Stop::isTripEnd)
                .filter(last -> overloadOfRouteEndingAt(last) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteConstraintProvider::overloadOfRouteEndingAt)
                .justifyWith((last, score) -> new VehicleCapacity(last.getVehicle().getId(), last.getTrip(),
                        overloadText(last)))
                .asConstraint(VEHICLE_CAPACITY);
    }

    Constraint temperatureCompatibility(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> missingCompartment(stop) != null)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteConstraintProvider::missingCompartmentCount)
                .justifyWith((stop, score) -> new TemperatureCompatibility(stop.getName(),
                        stop.getVehicle().getId(), missingCompartment(stop)))
                .asConstraint(TEMPERATURE_COMPATIBILITY);
    }

    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> stop.getLatenessSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, Stop::getLatenessSeconds)
                .justifyWith((stop, score) -> new TimeWindow(stop.getName(), stop.getVehicle().getId(),
                        stop.getLatenessSeconds()))
                .asConstraint(TIME_WINDOW);
    }

    Constraint deliveryNotAtDepot(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> stop.getDepotReadyExcessSeconds() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, Stop::getDepotReadyExcessSeconds)
                .justifyWith((stop, score) -> new DeliveryNotAtDepot(stop.getName(), stop.getVehicle().getId(),
                        stop.getDepotReadyExcessSeconds()))
                .asConstraint(DELIVERY_NOT_AT_DEPOT);
    }

    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(Stop::isLast)
                .filter(last -> overtimeSeconds(last) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteConstraintProvider::overtimeSeconds)
                .justifyWith((last, score) -> new ShiftEnd(last.getVehicle().getId(), overtimeSeconds(last)))
                .asConstraint(SHIFT_END);
    }

    Constraint maxWorkingTime(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(Stop::isLast)
                .filter(last -> excessWorkingSeconds(last) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteConstraintProvider::excessWorkingSeconds)
                .justifyWith((last, score) -> new MaxWorkingTime(last.getVehicle().getId(), excessWorkingSeconds(last)))
                .asConstraint(MAX_WORKING_TIME);
    }

    Constraint perishableLimit(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(Stop::hasPerishablePickup)
                .join(factory.forEach(Stop.class).filter(Stop::isTripEnd), Joiners.equal(Stop::getVehicle),
                        Joiners.equal(Stop::getTrip))
                .filter((pickup, last) -> perishableExcessSeconds(pickup, last) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteConstraintProvider::perishableExcessSeconds)
                .justifyWith((pickup, last, score) -> new PerishableLimit(pickup.getName(),
                        pickup.getVehicle().getId(), perishableExcessSeconds(pickup, last)))
                .asConstraint(PERISHABLE_LIMIT);
    }

    Constraint drivingWithoutBreak(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> excessDrivingSeconds(stop) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RouteConstraintProvider::excessDrivingSeconds)
                .justifyWith((stop, score) -> new DrivingWithoutBreak(stop.getName(), stop.getVehicle().getId(),
                        excessDrivingSeconds(stop)))
                .asConstraint(DRIVING_WITHOUT_BREAK);
    }

    Constraint unassignedOptionalStop(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class)
                .filter(stop -> stop.getVehicle() == null && stop.isOptional() && stop.getUnassignedPenalty() > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, Stop::getUnassignedPenalty)
                .justifyWith((stop, score) -> new UnassignedOptionalStop(stop.getName(), stop.getUnassignedPenalty()))
                .asConstraint(UNASSIGNED_OPTIONAL_STOP);
    }

    Constraint vehicleFixedCost(ConstraintFactory factory) {
        return factory.forEach(Vehicle.class)
                .filter(vehicle -> vehicle.getFixedCost() > 0 && !vehicle.getStops().isEmpty())
                .penalize(HardMediumSoftScore.ONE_SOFT, vehicle -> vehicle.getFixedCost() * RoutePlan.SCORE_PER_COST_UNIT)
                .justifyWith((vehicle, score) -> new VehicleFixedCost(vehicle.getId(), vehicle.getFixedCost()))
                .asConstraint(VEHICLE_FIXED_COST);
    }

    Constraint distanceCost(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(stop -> stop.getVehicle().getCostPerKilometre() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        stop -> metresCharged(stop) * stop.getVehicle().getCostPerKilometre()
                                * (RoutePlan.SCORE_PER_COST_UNIT / 1_000))
                .justifyWith((stop, score) -> new DistanceCost(stop.getName(), stop.getVehicle().getId(),
                        metresCharged(stop)))
                .asConstraint(DISTANCE_COST);
    }

    Constraint workingTimeCost(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .filter(last -> last.isLast() && last.getVehicle().getCostPerHour() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        last -> workingSeconds(last) * last.getVehicle().getCostPerHour()
                                * (RoutePlan.SCORE_PER_COST_UNIT / 3_600))
                .justifyWith((last, score) -> new WorkingTimeCost(last.getVehicle().getId(), workingSeconds(last)))
                .asConstraint(WORKING_TIME_COST);
    }

    private static long overloadOfRouteEndingAt(Stop last) {
        Vehicle vehicle = last.getVehicle();
        long overload = 0;
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            if (vehicle.hasCompartment(Quantities.temperatureClassOf(i))) {
                overload += Math.max(0, last.getLoadProfile().peakLoadIfLast(i) - vehicle.getCapacity().get(i));
            }
        }
        return overload;
    }

    private static String overloadText(Stop last) {
        Vehicle vehicle = last.getVehicle();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            long peak = last.getLoadProfile().peakLoadIfLast(i);
            if (vehicle.hasCompartment(Quantities.temperatureClassOf(i)) && peak > vehicle.getCapacity().get(i)) {
                text.append(text.isEmpty() ? "" : ", ").append(Quantities.temperatureClassOf(i)).append(' ')
                        .append(Quantities.dimensionOf(i)).append(' ').append(peak).append(" of ")
                        .append(vehicle.getCapacity().get(i));
            }
        }
        return text.toString();
    }

    private static TemperatureClass missingCompartment(Stop stop) {
        for (TemperatureClass temperatureClass : TemperatureClass.values()) {
            if (stop.handles(temperatureClass) && !stop.getVehicle().hasCompartment(temperatureClass)) {
                return temperatureClass;
            }
        }
        return null;
    }

    private static long missingCompartmentCount(Stop stop) {
        long count = 0;
        for (TemperatureClass temperatureClass : TemperatureClass.values()) {
            if (stop.handles(temperatureClass) && !stop.getVehicle().hasCompartment(temperatureClass)) {
                count++;
            }
        }
        return count;
    }

    private static long overtimeSeconds(Stop last) {
        return Math.max(0, last.getDepotArrivalSecondsIfLast() - last.getVehicle().getShiftEndSeconds());
    }

    private static long workingSeconds(Stop last) {
        return last.getDepotArrivalSecondsIfLast() - last.getVehicle().getShiftStartSeconds();
    }

    private static long excessWorkingSeconds(Stop last) {
        return Math.max(0, workingSeconds(last) - last.getVehicle().getMaxWorkingSeconds());
    }

    private static long perishableExcessSeconds(Stop pickup, Stop last) {
        return Math.max(0, last.getDepotArrivalSecondsIfLast() - pickup.getLatestColdStoreArrivalSeconds());
    }

    private static long excessDrivingSeconds(Stop stop) {
        return stop.getSchedule().excessDrivingSeconds() + (stop.isLast() ? stop.getExcessDrivingToDepotSeconds() : 0);
    }

    private static long metresCharged(Stop stop) {
        return stop.getDistanceFromPreviousMetres() + (stop.getNextStop() == null ? stop.getDistanceToDepotMetres() : 0);
    }
}
