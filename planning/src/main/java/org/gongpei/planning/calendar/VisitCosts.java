package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.maps.TravelMatrix;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * What a visit costs, from a typical day planned with every village visited: the hub van of the default fleet,
 * the parcels it carries, and per village the van's cost per km × the distance its route saves without it, or,
 * for a village not on that day's routes, × its detour between its two nearest neighbours.
 *
 * @param van the hub van of the county's fleet on the week's Monday
 * @param vanParcels average parcels of the week the van carries: its tightest dimension of parcels, weight and
 *        volume
 */
record VisitCosts(VehicleType van, int vanParcels) {

    /** @return the hub van and the parcels it carries in the week */
    static VisitCosts of(CountyNetworkData county, WeekDemand demand, FleetSettings fleet) {
        VehicleType van = hubVan(county, demand, fleet);
        return new VisitCosts(van, vanParcels(van, demand));
    }

    /**
     * @param typicalDay a day planned with every village visited
     * @return per village in the order of {@code villages}, the estimated cost of a visit in fen
     */
    long[] visitFen(DailyPlan typicalDay, List<VillageData> villages, VillageRoads roads) {
        Map<String, Long> gains = removalGains(typicalDay, roads.matrix(), roads.index());
        long[] fen = new long[villages.size()];
        for (int v = 0; v < villages.size(); v++) {
            long visitMetres = gains.getOrDefault(villages.get(v).code(), roads.detourMetres()[v]);
            fen[v] = visitMetres * van.costPerKilometreFen() / 1_000;
        }
        return fen;
    }

    /**
     * Per village on a planned day's routes, the metres its route would save without it: for each of its visits
     * (its consecutive stops taken as one), the way from the site before through it to the site after (the depot
     * at either end of a trip), less the direct way; sites missing from the index are skipped.
     */
    static Map<String, Long> removalGains(DailyPlan plan, TravelMatrix matrix, Map<String, Integer> index) {
        Map<String, Long> gains = new HashMap<>();
        for (PlannedRoute route : plan.routes()) {
            List<String> sites = new ArrayList<>();
            List<Boolean> villageStop = new ArrayList<>();
            sites.add(route.depotCode());
            villageStop.add(false);
            int trip = 1;
            for (PlannedStop stop : route.stops()) {
                if (stop.trip() != trip) {
                    sites.add(route.depotCode()); // back to reload between two trips
                    villageStop.add(false);
                    trip = stop.trip();
                }
                boolean village = stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY
                        || stop.kind() == PlannedStop.StopKind.VILLAGE_PICKUP;
                if (!stop.siteCode().equals(sites.getLast())) {
                    sites.add(stop.siteCode());
                    villageStop.add(village);
                }
            }
            sites.add(route.depotCode());
            villageStop.add(false);
            for (int i = 1; i < sites.size() - 1; i++) {
                Integer before = index.get(sites.get(i - 1));
                Integer at = index.get(sites.get(i));
                Integer after = index.get(sites.get(i + 1));
                if (!villageStop.get(i) || before == null || at == null || after == null) {
                    continue;
                }
                long gain = Math.round(matrix.distanceMetres(before, at) + matrix.distanceMetres(at, after)
                        - matrix.distanceMetres(before, after));
                gains.merge(sites.get(i), Math.max(0, gain), Long::sum);
            }
        }
        return gains;
    }

    private static VehicleType hubVan(CountyNetworkData county, WeekDemand demand, FleetSettings fleet) {
        return DailyFleet.sizedFor(county, demand.days().get(DayOfWeek.MONDAY), fleet).vehicleTypes().stream()
                .filter(type -> type.code().equals(DailyFleet.HUB_VAN)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The fleet has no hub van."));
    }

    private static int vanParcels(VehicleType van, WeekDemand demand) {
        long parcels = 0;
        double kilograms = 0;
        double cubicMetres = 0;
        for (DownParcels row : demand.allDown()) {
            parcels += row.parcels();
            kilograms += row.weightKg();
            cubicMetres += row.volumeM3();
        }
        double fit = van.capacity().get(TemperatureClass.AMBIENT, Dimension.PARCELS);
        if (parcels > 0) {
            fit = Math.min(fit, van.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS) / (kilograms * 1_000 / parcels));
            fit = Math.min(fit, van.capacity().get(TemperatureClass.AMBIENT, Dimension.CUBIC_CENTIMETRES)
                    / (cubicMetres * 1_000_000 / parcels));
        }
        return Math.max(1, (int) Math.floor(fit));
    }
}
