package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.domain.TravelMatrix;

/**
 * Each village's share of a network's cost of the day.
 *
 * <p><b>Method.</b> Each route's cost is split in two by {@link PlanAccounting#routeCost}: its fixed part (the
 * vehicle-day, which a route needs because of the load it carries) is shared among its stops in proportion
 * to the parcels delivered or collected there; its distance and time part in proportion to each stop's
 * marginal detour, d(previous, stop) + d(stop, next) − d(previous, next) on the route's road matrix (the
 * km saved if the stop were removed, the neighbours kept in order; negative detours count as 0; when all
 * weights are 0 the part is shared equally). Village routes (last mile, direct) give their shares to
 * villages; trunk trips give theirs to hubs, and each hub's share goes to the villages its vans served, by
 * parcels. Handling is charged per parcel to the village it belongs to. Every split is made in whole fen by
 * largest remainder.
 *
 * <p><b>Properties.</b> Efficiency is exact by construction: the villages' shares add up to the network's
 * cost to the fen. A village with more parcels pays more of the vehicle-days, one off the route pays more
 * of the km: the two reasons a village is expensive. It is not the Shapley value: marginal detours
 * depend on the route order the solver chose, the split of the detours is not symmetric between villages
 * that could replace each other, and a village's share is not bounded by its stand-alone cost.
 */
public final class CostToServe {

    private final PlanAccounting accounting;

    /** @param accounting the route cost split and handling costs */
    public CostToServe(PlanAccounting accounting) {
        this.accounting = accounting;
    }

    /**
     * @param county the county (township and names)
     * @param part a solved network
     * @return the villages with at least one stop, in the county's order; their totals add up to
     *         {@code accounting.cost(part).totalFen()}
     */
    public List<VillageCost> villages(CountyNetworkData county, SolvedPart part) {
        Map<String, VehicleType> types = new HashMap<>();
        part.problem().vehicleTypes().forEach(type -> types.put(type.code(), type));
        Map<String, Integer> locations = new HashMap<>();
        locations.put(part.problem().centreCode(), part.problem().centreLocationIndex());
        part.problem().hubs().forEach(hub -> locations.put(hub.code(), hub.locationIndex()));
        part.problem().villages().forEach(village -> locations.put(village.code(), village.locationIndex()));

        Map<String, long[]> shares = new LinkedHashMap<>();
        Map<String, String> depots = new HashMap<>();
        Map<String, int[]> parcels = new HashMap<>();
        Map<String, Long> hubPools = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> hubVillageParcels = new HashMap<>();
        for (PlannedRoute route : part.plan().routes()) {
            long[] split = splitRoute(route, types.get(route.vehicleType()), part.problem().matrixOf(types.get(route.vehicleType())),
                    locations);
            boolean trunk = route.echelon() == Echelon.TRUNK_DOWN || route.echelon() == Echelon.TRUNK_UP;
            for (int s = 0; s < route.stops().size(); s++) {
                PlannedStop stop = route.stops().get(s);
                if (trunk) {
                    hubPools.merge(stop.siteCode(), split[s], Long::sum);
                    continue;
                }
                long[] share = shares.computeIfAbsent(stop.siteCode(), code -> new long[3]);
                share[0] += split[s];
                int stopParcels = PlanAccounting.villageParcels(stop);
                share[2] += stopParcels * accounting.handlingFenPerParcel(route);
                int[] counts = parcels.computeIfAbsent(stop.siteCode(), code -> new int[2]);
                counts[0] += stop.parcels();
                counts[1] += stop.pickupParcels();
                depots.put(stop.siteCode(), route.depotCode());
                if (route.echelon() == Echelon.LAST_MILE) {
                    hubVillageParcels.computeIfAbsent(route.depotCode(), hub -> new LinkedHashMap<>())
                            .merge(stop.siteCode(), stopParcels, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Long> pool : hubPools.entrySet()) {
            Map<String, Integer> served = new LinkedHashMap<>(hubVillageParcels.getOrDefault(pool.getKey(), Map.of()));
            if (served.isEmpty()) {
                parcels.forEach((code, counts) -> served.put(code, counts[0] + counts[1]));
            }
            List<String> codes = new ArrayList<>(served.keySet());
            long[] split = LargestRemainder.split(pool.getValue(),
                    codes.stream().mapToDouble(code -> served.get(code)).toArray());
            for (int i = 0; i < codes.size(); i++) {
                shares.computeIfAbsent(codes.get(i), code -> new long[3])[1] += split[i];
            }
        }
        return assemble(county, part, shares, depots, parcels, locations);
    }

    /**
     * Splits a route's vehicle cost over its stops: fixed by parcels, distance and time by marginal detour (within
     * the stop's trip, between the depot and the stops before and after it).
     */
    private static long[] splitRoute(PlannedRoute route, VehicleType type, TravelMatrix matrix, Map<String, Integer> locations) {
        CostParts cost = PlanAccounting.routeCost(route, type);
        int n = route.stops().size();
        double[] byParcels = new double[n];
        double[] byDetour = new double[n];
        int depot = locations.get(route.depotCode());
        for (int s = 0; s < n; s++) {
            PlannedStop stop = route.stops().get(s);
            byParcels[s] = stop.parcels() + stop.pickupParcels();
            boolean startsTrip = s == 0 || route.stops().get(s - 1).trip() != stop.trip();
            boolean endsTrip = s == n - 1 || route.stops().get(s + 1).trip() != stop.trip();
            int previous = startsTrip ? depot : locations.get(route.stops().get(s - 1).siteCode());
            int next = endsTrip ? depot : locations.get(route.stops().get(s + 1).siteCode());
            int here = locations.get(stop.siteCode());
            byDetour[s] = Math.max(0, matrix.distanceMetres(previous, here) + matrix.distanceMetres(here, next)
                    - matrix.distanceMetres(previous, next));
        }
        long[] fixed = LargestRemainder.split(cost.fixedFen(), byParcels);
        long[] running = LargestRemainder.split(cost.distanceFen() + cost.timeFen(), byDetour);
        long[] split = new long[n];
        for (int s = 0; s < n; s++) {
            split[s] = fixed[s] + running[s];
        }
        return split;
    }

    private List<VillageCost> assemble(CountyNetworkData county, SolvedPart part, Map<String, long[]> shares,
            Map<String, String> depots, Map<String, int[]> parcels, Map<String, Integer> locations) {
        TravelMatrix van = part.problem().vehicleTypes(VehicleRole.CENTRE_DELIVERY).stream().findFirst()
                .map(part.problem()::matrixOf).orElse(part.problem().matrices().values().iterator().next());
        int centre = part.problem().centreLocationIndex();
        List<VillageCost> result = new ArrayList<>();
        for (VillageData village : county.villages()) {
            long[] share = shares.get(village.code());
            if (share == null) {
                continue;
            }
            int[] counts = parcels.getOrDefault(village.code(), new int[2]);
            int index = locations.get(village.code());
            result.add(new VillageCost(village.code(), village.name(), village.townshipCode(), depots.get(village.code()),
                    counts[0], counts[1], share[0], share[1], share[2], van.distanceMetres(centre, index),
                    van.durationSeconds(centre, index)));
        }
        return result;
    }

    /**
     * @param county the county (township names)
     * @param villages the villages' shares
     * @return per township with villages in the list, in the county's order
     */
    public static List<TownshipCost> townships(CountyNetworkData county, List<VillageCost> villages) {
        List<TownshipCost> result = new ArrayList<>();
        for (TownshipData township : county.townships()) {
            List<VillageCost> own = villages.stream().filter(v -> v.townshipCode().equals(township.code())).toList();
            if (!own.isEmpty()) {
                result.add(new TownshipCost(township.code(), township.name(), own.size(),
                        own.stream().mapToInt(VillageCost::parcels).sum(), own.stream().mapToLong(VillageCost::totalFen).sum()));
            }
        }
        return result;
    }
}
