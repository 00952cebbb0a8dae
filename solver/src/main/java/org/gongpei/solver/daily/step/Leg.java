package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * One routing problem of a daily plan (the trunk down, one depot's villages, the trunk up) as it is built:
 * vehicles with their types, stops with what they stand for.
 */
public final class Leg {

    private final String name;
    private final Echelon echelon;
    private final String depotCode;
    private final String depotName;
    private final List<Vehicle> vehicles = new ArrayList<>();
    private final Map<String, VehicleType> typeByVehicle = new HashMap<>();
    private final List<Stop> stops = new ArrayList<>();
    private final Map<String, StopInfo> infoByStop = new HashMap<>();
    private RoutePlan solved;

    /**
     * @param name e.g. "Daming trunk down"
     * @param depotCode the depot all vehicles of the leg start from and return to
     */
    public Leg(String name, Echelon echelon, String depotCode, String depotName) {
        this.name = name;
        this.echelon = echelon;
        this.depotCode = depotCode;
        this.depotName = depotName;
    }

    /**
     * Adds a vehicle of a type based at a depot, with the day's break rule; delivery vans (last mile and direct)
     * may drive several trips ({@link org.gongpei.solver.daily.model.DailyParameters#maxTripsPerVan()}).
     *
     * @param idPrefix e.g. the type code, or type and hub code
     * @param startSeconds departure from the depot
     * @param maxWorkingSeconds working time left for this leg
     * @param fixedCostFen fixed cost charged on this leg (0 when already paid on an earlier leg)
     */
    public Vehicle addVehicle(String id, VehicleType type, int depotIndex, DailyProblem problem, long startSeconds,
            long maxWorkingSeconds, long fixedCostFen) {
        Vehicle vehicle = new Vehicle(id, depotIndex, problem.matrixOf(type))
                .withShift(startSeconds, Math.max(startSeconds, type.shiftEndSeconds()))
                .withMaxWorkingSeconds(Math.max(1, maxWorkingSeconds))
                .withCosts(fixedCostFen, type.costPerKilometreFen(), type.costPerHourFen())
                .withCapacity(type.capacity())
                .withBreakRule(problem.parameters().breakRule());
        if (echelon == Echelon.LAST_MILE || echelon == Echelon.DIRECT) {
            vehicle.withReloads(problem.parameters().vanReloads());
        }
        vehicles.add(vehicle);
        typeByVehicle.put(id, type);
        return vehicle;
    }

    /** @return the id of the n-th van (from 1) of a type at the centre (hub null) or at a hub */
    public static String vanId(VehicleType type, HubSite hub, int n) {
        return hub == null ? type.code() + "-" + n : type.code() + "-" + hub.code() + "-" + n;
    }

    /** Adds a stop and what it stands for. */
    public void addStop(Stop stop, StopInfo info) {
        stops.add(stop);
        infoByStop.put(stop.getId(), info);
    }

    /** @return the routing problem of the leg's vehicles and stops as they are now */
    public RoutePlan problem() {
        return new RoutePlan(name, vehicles, stops);
    }

    /** @return the number of stops */
    public int size() {
        return stops.size();
    }

    public String name() {
        return name;
    }

    public Echelon echelon() {
        return echelon;
    }

    public String depotCode() {
        return depotCode;
    }

    public String depotName() {
        return depotName;
    }

    /** @return the vehicles, in the order they were added; the live list */
    public List<Vehicle> vehicles() {
        return vehicles;
    }

    Map<String, VehicleType> typeByVehicle() {
        return typeByVehicle;
    }

    /** @return the stops, in the order they were added; the live list */
    public List<Stop> stops() {
        return stops;
    }

    /** @return what each stop stands for, by stop id; the live map */
    public Map<String, StopInfo> infoByStop() {
        return infoByStop;
    }

    /** @return the solved routing problem, null before it is solved */
    public RoutePlan solved() {
        return solved;
    }

    public void setSolved(RoutePlan solved) {
        this.solved = solved;
    }
}
