package org.gongpei.solver.daily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * One routing problem of a daily plan (the trunk down, one depot's villages, the trunk up) as it is built:
 * vehicles with their types, stops with what they stand for.
 */
final class Leg {

    final String name;
    final Echelon echelon;
    final String depotCode;
    final String depotName;
    final List<Vehicle> vehicles = new ArrayList<>();
    final Map<String, VehicleType> typeByVehicle = new HashMap<>();
    final List<Stop> stops = new ArrayList<>();
    final Map<String, StopInfo> infoByStop = new HashMap<>();
    RoutePlan solved;

    Leg(String name, Echelon echelon, String depotCode, String depotName) {
        this.name = name;
        this.echelon = echelon;
        this.depotCode = depotCode;
        this.depotName = depotName;
    }

    /**
     * Adds {@code count} vehicles of a type based at a depot.
     *
     * @param idPrefix e.g. the type code, or type and hub code
     * @param startSeconds departure from the depot
     * @param maxWorkingSeconds working time left for this leg
     * @param fixedCostFen fixed cost charged on this leg (0 when already paid on an earlier leg)
     */
    Vehicle addVehicle(String id, VehicleType type, int depotIndex, DailyProblem problem, long startSeconds,
            long maxWorkingSeconds, long fixedCostFen) {
        Vehicle vehicle = new Vehicle(id, depotIndex, problem.matrixOf(type))
                .withShift(startSeconds, Math.max(startSeconds, type.shiftEndSeconds()))
                .withMaxWorkingSeconds(Math.max(1, maxWorkingSeconds))
                .withCosts(fixedCostFen, type.costPerKilometreFen(), type.costPerHourFen())
                .withCapacity(type.capacity());
        vehicles.add(vehicle);
        typeByVehicle.put(id, type);
        return vehicle;
    }

    /** @return the id of the n-th van (from 1) of a type at the centre (hub null) or at a hub */
    static String vanId(VehicleType type, HubSite hub, int n) {
        return hub == null ? type.code() + "-" + n : type.code() + "-" + hub.code() + "-" + n;
    }

    void addStop(Stop stop, StopInfo info) {
        stops.add(stop);
        infoByStop.put(stop.getId(), info);
    }

    RoutePlan problem() {
        return new RoutePlan(name, vehicles, stops);
    }

    int size() {
        return stops.size();
    }
}
