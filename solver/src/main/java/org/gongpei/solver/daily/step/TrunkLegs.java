package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * Builds the trunk legs' vehicles and the trunk-up leg from planned routes, so that a day being planned and a
 * day being re-planned make them alike.
 */
public final class TrunkLegs {

    static final String HUB_DROP = "T:";
    static final String HUB_COLLECT = "U:";

    private TrunkLegs() {
    }

    /**
     * The trunk-down leg: the trunk fleet, from the time parcels are sorted at the centre, and for each hub its
     * villages' parcels in truckloads per temperature class.
     *
     * @param villagesByDepot the villages each depot serves, the centre first, then the hubs in problem order
     * @param violations receives a sentence per load that no trunk vehicle can carry
     */
    public static Leg trunkDown(DailyProblem problem, List<List<VillageDemand>> villagesByDepot,
            List<String> violations) {
        DailyParameters parameters = problem.parameters();
        Leg leg = new Leg(problem.name() + " trunk down", Echelon.TRUNK_DOWN, problem.centreCode(), problem.centreName());
        addTrunkVehicles(problem, leg, List.of(), parameters.sortedAtCentreSeconds());
        for (int h = 0; h < problem.hubs().size(); h++) {
            HubSite hub = problem.hubs().get(h);
            Consignment ambient = Consignment.empty(TemperatureClass.AMBIENT);
            Consignment chilled = Consignment.empty(TemperatureClass.CHILLED);
            for (VillageDemand village : villagesByDepot.get(h + 1)) {
                Consignment[] parts = Consignment.ofVillage(village);
                ambient = ambient.plus(parts[0]);
                chilled = chilled.plus(parts[1]);
            }
            for (Consignment load : List.of(ambient, chilled)) {
                if (load.isEmpty()) {
                    continue;
                }
                Quantities capacity = largestTrunk(problem, load.temperatureClass());
                int parts = capacity == null ? -1 : load.partsToFit(capacity);
                if (parts < 0) {
                    violations.add("No trunk vehicle can carry the " + load.temperatureClass().name().toLowerCase()
                            + " parcels for hub " + hub.name() + ".");
                    continue;
                }
                Consignment[] split = load.split(parts);
                for (int i = 0; i < split.length; i++) {
                    Stop stop = new Stop(HUB_DROP + hub.code() + ":" + load.temperatureClass() + ":" + (i + 1),
                            hub.locationIndex()).withName(hub.name())
                            .withTimeWindow(hub.opensSeconds(), hub.closesSeconds())
                            .withService(parameters.hubServiceSeconds(), 0)
                            .withDelivery(split[i].quantities());
                    int chilledParcels = load.temperatureClass() == TemperatureClass.AMBIENT ? 0 : split[i].parcels();
                    leg.addStop(stop, new StopInfo(hub.code(), hub.name(), PlannedStop.StopKind.HUB_DROP,
                            split[i].parcelsByCarrier(), chilledParcels, List.of()));
                }
            }
        }
        return leg;
    }

    /**
     * The trunk-up leg: at each hub, the farm products its vans bring back, packed into truckloads, ready once
     * the last van that brings some is back plus the handling time; with the trunk fleet, trucks that drove
     * a morning route starting after their return without a second fixed cost.
     *
     * @param lastMile the day's last-mile routes
     * @param morning the day's trunk-down routes
     * @param violations receives a sentence per load that no trunk vehicle can carry
     */
    public static Leg trunkUp(DailyProblem problem, List<PlannedRoute> lastMile, List<PlannedRoute> morning,
            List<String> violations) {
        Leg leg = new Leg(problem.name() + " trunk up", Echelon.TRUNK_UP, problem.centreCode(), problem.centreName());
        Map<String, List<PlannedRoute>> byHub = new LinkedHashMap<>();
        for (PlannedRoute route : lastMile) {
            if (route.echelon() == Echelon.LAST_MILE) {
                byHub.computeIfAbsent(route.depotCode(), code -> new ArrayList<>()).add(route);
            }
        }
        for (HubSite hub : problem.hubs()) {
            long collectReady = -1;
            List<FarmPickup> ambient = new ArrayList<>();
            List<FarmPickup> chilled = new ArrayList<>();
            for (PlannedRoute van : byHub.getOrDefault(hub.code(), List.of())) {
                boolean carries = false;
                for (PlannedStop stop : van.stops()) {
                    for (FarmPickup pickup : stop.pickups()) {
                        (pickup.chilled() ? chilled : ambient).add(pickup);
                        carries = true;
                    }
                }
                if (carries) {
                    collectReady = Math.max(collectReady, van.productsBackSeconds() + problem.parameters().hubHandlingSeconds());
                }
            }
            addCollections(problem, leg, hub, ambient, TemperatureClass.AMBIENT, collectReady, violations);
            addCollections(problem, leg, hub, chilled, TemperatureClass.CHILLED, collectReady, violations);
        }
        if (!leg.stops().isEmpty()) {
            addTrunkVehicles(problem, leg, morning, earliestDeparture(problem, leg));
        }
        return leg;
    }

    /**
     * Adds the trunk fleet to a leg.
     *
     * @param morning the trucks' earlier routes of the day (none for the morning itself)
     * @param earliestStart departure of a vehicle that did not drive earlier in the day
     */
    static void addTrunkVehicles(DailyProblem problem, Leg leg, List<PlannedRoute> morning, long earliestStart) {
        Map<String, PlannedRoute> before = new HashMap<>();
        morning.forEach(route -> before.put(route.vehicleId(), route));
        for (VehicleType type : problem.vehicleTypes(VehicleRole.TRUNK)) {
            for (int n = 1; n <= type.count(); n++) {
                String id = type.code() + "-" + n;
                long start = Math.max(type.shiftStartSeconds(), earliestStart);
                long maxWorking = type.maxWorkingSeconds();
                long fixed = type.fixedCostFen();
                PlannedRoute earlier = before.get(id);
                if (earlier != null) {
                    maxWorking -= earlier.returnSeconds() - earlier.departureSeconds();
                    start = earlier.returnSeconds() + problem.parameters().hubHandlingSeconds();
                    fixed = 0;
                    if (maxWorking <= 0 || start >= type.shiftEndSeconds()) {
                        continue;
                    }
                }
                leg.addVehicle(id, type, problem.centreLocationIndex(), problem, start, maxWorking, fixed);
            }
        }
    }

    /**
     * @param trunkDown the day's trunk-down routes
     * @return when the hub's last truckload has been unloaded and re-loaded onto vans, or when it opens if no
     *         truck brings any
     */
    public static long hubReadySeconds(DailyProblem problem, List<PlannedRoute> trunkDown, HubSite hub) {
        long ready = hub.opensSeconds();
        long firstDrop = Long.MAX_VALUE;
        long parcels = 0;
        for (PlannedRoute route : trunkDown) {
            for (PlannedStop stop : route.stops()) {
                if (stop.kind() == PlannedStop.StopKind.HUB_DROP && stop.siteCode().equals(hub.code())) {
                    ready = Math.max(ready, stop.departureSeconds() + problem.parameters().hubHandlingSeconds());
                    firstDrop = Math.min(firstDrop, stop.departureSeconds());
                    parcels += stop.parcels();
                }
            }
        }
        int rate = problem.parameters().hubSortingParcelsPerHour();
        if (rate > 0 && parcels > 0) {
            ready = Math.max(ready, firstDrop + sortingSeconds(parcels, rate));
        }
        return ready;
    }

    /** @return the time a hub sorting {@code parcelsPerHour} takes for {@code parcels}, whole seconds rounded up */
    public static long sortingSeconds(long parcels, int parcelsPerHour) {
        return (parcels * 3600 + parcelsPerHour - 1) / parcelsPerHour;
    }

    /** @return the capacity of the trunk type that carries the most of a temperature class, or null if none can */
    static Quantities largestTrunk(DailyProblem problem, TemperatureClass temperatureClass) {
        Quantities best = null;
        for (VehicleType type : problem.vehicleTypes(VehicleRole.TRUNK)) {
            long grams = type.capacity().get(temperatureClass, Dimension.GRAMS);
            if (type.count() > 0 && grams > 0
                    && (best == null || grams > best.get(temperatureClass, Dimension.GRAMS))) {
                best = type.capacity();
            }
        }
        return best;
    }

    /** The latest departure from the centre that still reaches the first collection when it is ready. */
    private static long earliestDeparture(DailyProblem problem, Leg trunkUp) {
        long earliest = Long.MAX_VALUE;
        for (Stop stop : trunkUp.stops()) {
            long drive = 0;
            for (VehicleType type : problem.vehicleTypes(VehicleRole.TRUNK)) {
                drive = Math.max(drive, problem.matrixOf(type).durationSeconds(problem.centreLocationIndex(),
                        stop.getLocationIndex()));
            }
            earliest = Math.min(earliest, stop.getReadySeconds() - drive);
        }
        return Math.max(problem.parameters().sortedAtCentreSeconds(), earliest);
    }

    private static void addCollections(DailyProblem problem, Leg leg, HubSite hub, List<FarmPickup> pickups,
            TemperatureClass temperatureClass, long readySeconds, List<String> violations) {
        if (pickups.isEmpty()) {
            return;
        }
        Quantities capacity = largestTrunk(problem, temperatureClass);
        if (capacity == null) {
            violations.add("No trunk vehicle can carry the " + temperatureClass.name().toLowerCase()
                    + " farm products from hub " + hub.name() + ".");
            return;
        }
        List<List<FarmPickup>> loads = TruckLoads.pack(pickups, temperatureClass, capacity);
        for (int i = 0; i < loads.size(); i++) {
            Quantities goods = TruckLoads.quantities(loads.get(i), temperatureClass);
            Stop stop = new Stop(HUB_COLLECT + hub.code() + ":" + temperatureClass + ":" + (i + 1), hub.locationIndex())
                    .withName(hub.name())
                    .withTimeWindow(readySeconds, Stop.NO_LIMIT)
                    .withService(problem.parameters().hubServiceSeconds(), 0)
                    .withPickup(goods);
            leg.addStop(stop, new StopInfo(hub.code(), hub.name(), PlannedStop.StopKind.HUB_COLLECT, Map.of(), 0,
                    loads.get(i)));
        }
    }
}
