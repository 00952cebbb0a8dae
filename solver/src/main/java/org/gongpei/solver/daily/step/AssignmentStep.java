package org.gongpei.solver.daily.step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.hub.Depot;
import org.gongpei.solver.hub.HubAssigner;
import org.gongpei.solver.hub.HubAssignmentPlan;
import org.gongpei.solver.hub.VillageAssignment;

/**
 * Chooses the depot of each village for the day (the county centre or a hub) with the hub assignment
 * model, from estimated costs:
 * <ul>
 * <li>last mile: the round trip depot → village → depot of the depot's delivery van, with its fixed cost,
 * shared by the villages one van can carry (its payload over the village's weight, 1 to 12);</li>
 * <li>trunk, for a hub: the trunk truck's round trip centre → hub → centre with its fixed cost, per kg of
 * payload, times the village's weight (down and up);</li>
 * <li>opening a hub: half the fixed cost of its delivery van, the expected idle share of the last van.</li>
 * </ul>
 * Depot 0 is the centre, depot {@code i + 1} the problem's hub {@code i}.
 */
public final class AssignmentStep {

    static final int MAX_VILLAGES_PER_VAN = 12;

    private volatile HubAssigner running;
    private volatile boolean stopped;

    /** @return per village of the list, the depot index, or -1 when no depot has vehicles to serve it */
    public int[] assign(DailyProblem problem, List<VillageDemand> villages, Duration budget, Consumer<String> bestScore) {
        List<Depot> depots = depots(problem, villages);
        Optional<VehicleType> centreVan = first(problem, VehicleRole.CENTRE_DELIVERY);
        Optional<VehicleType> hubVan = first(problem, VehicleRole.HUB_DELIVERY);
        Optional<VehicleType> trunk = problem.vehicleTypes(VehicleRole.TRUNK).stream()
                .filter(type -> type.count() > 0 && type.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS) > 0)
                .findFirst();
        List<VillageAssignment> assignments = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        int[] result = new int[villages.size()];
        for (int v = 0; v < villages.size(); v++) {
            VillageDemand village = villages.get(v);
            long[] costs = new long[depots.size()];
            List<Depot> allowed = new ArrayList<>();
            for (Depot depot : depots) {
                Optional<VehicleType> van = depot.centre() ? centreVan : hubVan;
                if (van.isEmpty() || (!depot.centre() && trunk.isEmpty())) {
                    costs[depot.index()] = Long.MAX_VALUE / 1024;
                    continue;
                }
                int location = depot.centre() ? problem.centreLocationIndex()
                        : problem.hubs().get(depot.index() - 1).locationIndex();
                costs[depot.index()] = lastMileCost(problem, van.get(), location, village)
                        + (depot.centre() ? 0 : trunkCost(problem, trunk.get(), location, village));
                allowed.add(depot);
            }
            if (allowed.isEmpty()) {
                result[v] = -1;
                continue;
            }
            listed.add(v);
            assignments.add(new VillageAssignment(village.code(), village.name(),
                    village.parcels() + village.pickupParcels(), village.hasChilledPickup(), costs, allowed));
        }
        if (assignments.isEmpty()) {
            return result;
        }
        HubAssignmentPlan solved;
        if (stopped) {
            budget = Duration.ofMillis(100);
        }
        HubAssigner assigner = new HubAssigner(budget);
        running = assigner;
        try {
            solved = assigner.solve(new HubAssignmentPlan(depots, assignments),
                    score -> bestScore.accept(String.valueOf(score)));
        } finally {
            running = null;
        }
        for (int i = 0; i < listed.size(); i++) {
            Depot depot = solved.getVillages().get(i).getDepot();
            result[listed.get(i)] = depot == null ? -1 : depot.index();
        }
        return result;
    }

    public void stop() {
        stopped = true;
        HubAssigner assigner = running;
        if (assigner != null) {
            assigner.terminateEarly();
        }
    }

    /**
     * The centre and the hubs. A depot's capacity is also bounded by what its delivery vans carry in a day
     * (one route each, filled to {@link #VAN_FILL} with parcels of the day's average weight and volume), so
     * the assignment does not send more to a depot than its fleet can take.
     */
    private static List<Depot> depots(DailyProblem problem, List<VillageDemand> villages) {
        Optional<VehicleType> hubVan = first(problem, VehicleRole.HUB_DELIVERY);
        long openingCost = hubVan.map(type -> type.fixedCostFen() / 2).orElse(0L);
        long parcels = Math.max(1, villages.stream().mapToLong(v -> v.parcels() + v.pickupParcels()).sum());
        double gramsPerParcel = villages.stream().mapToLong(v -> v.weightGrams()
                + v.pickups().stream().mapToLong(FarmPickup::weightGrams).sum()).sum() / (double) parcels;
        double volumePerParcel = villages.stream().mapToLong(v -> v.volumeCubicCentimetres()
                + v.pickups().stream().mapToLong(FarmPickup::volumeCubicCentimetres).sum()).sum() / (double) parcels;
        int centreFleet = fleetParcels(problem, VehicleRole.CENTRE_DELIVERY, gramsPerParcel, volumePerParcel);
        int hubFleet = fleetParcels(problem, VehicleRole.HUB_DELIVERY, gramsPerParcel, volumePerParcel);
        List<Depot> depots = new ArrayList<>();
        depots.add(new Depot(0, problem.centreCode(), problem.centreName(), true, true, centreFleet, 0));
        for (int h = 0; h < problem.hubs().size(); h++) {
            HubSite hub = problem.hubs().get(h);
            depots.add(new Depot(h + 1, hub.code(), hub.name(), false, hub.coldStorage(),
                    Math.min(hub.capacityParcelsPerDay(), hubFleet), openingCost));
        }
        return depots;
    }

    static final double VAN_FILL = 0.85;

    private static int fleetParcels(DailyProblem problem, VehicleRole role, double gramsPerParcel, double volumePerParcel) {
        double parcels = 0;
        for (VehicleType type : problem.vehicleTypes(role)) {
            double perVan = type.capacity().get(TemperatureClass.AMBIENT, Dimension.PARCELS);
            if (gramsPerParcel > 0) {
                perVan = Math.min(perVan, type.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS) / gramsPerParcel);
            }
            if (volumePerParcel > 0) {
                perVan = Math.min(perVan,
                        type.capacity().get(TemperatureClass.AMBIENT, Dimension.CUBIC_CENTIMETRES) / volumePerParcel);
            }
            parcels += type.count() * perVan * VAN_FILL;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(parcels));
    }

    private static Optional<VehicleType> first(DailyProblem problem, VehicleRole role) {
        return problem.vehicleTypes(role).stream().filter(type -> type.count() > 0).findFirst();
    }

    private static double villageKilograms(VillageDemand village) {
        long grams = village.weightGrams();
        for (FarmPickup pickup : village.pickups()) {
            grams += pickup.weightGrams();
        }
        return grams / 1000.0;
    }

    private static long lastMileCost(DailyProblem problem, VehicleType van, int depot, VillageDemand village) {
        TravelMatrix matrix = problem.matrixOf(van);
        int v = village.locationIndex();
        double km = (matrix.distanceMetres(depot, v) + matrix.distanceMetres(v, depot)) / 1000.0;
        double hours = (matrix.durationSeconds(depot, v) + matrix.durationSeconds(v, depot)) / 3600.0;
        double payloadKg = van.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS) / 1000.0;
        double share = Math.clamp(payloadKg / Math.max(1.0, villageKilograms(village)), 1, MAX_VILLAGES_PER_VAN);
        return Math.round((km * van.costPerKilometreFen() + hours * van.costPerHourFen() + van.fixedCostFen()) / share);
    }

    private static long trunkCost(DailyProblem problem, VehicleType truck, int hub, VillageDemand village) {
        TravelMatrix matrix = problem.matrixOf(truck);
        int centre = problem.centreLocationIndex();
        double km = (matrix.distanceMetres(centre, hub) + matrix.distanceMetres(hub, centre)) / 1000.0;
        double hours = (matrix.durationSeconds(centre, hub) + matrix.durationSeconds(hub, centre)) / 3600.0;
        double payloadKg = truck.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS) / 1000.0;
        double perKg = (km * truck.costPerKilometreFen() + hours * truck.costPerHourFen() + truck.fixedCostFen())
                / payloadKg;
        return Math.round(perKg * villageKilograms(village));
    }
}
