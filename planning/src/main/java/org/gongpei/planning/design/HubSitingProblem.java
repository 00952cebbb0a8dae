package org.gongpei.planning.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.maps.Location;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;

/**
 * What the hub siting search works on: every hub site of the county (today's and candidates), the villages with
 * parcels on the day and the van road distances between them.
 *
 * @param sites every hub site, in the county's order
 * @param villageCodes the villages with parcels, in the county's order
 * @param parcels parcels of each village on the day, down and up
 * @param chilledParcels chilled parcels of each village, down and up
 * @param hubToVillageMetres road metres from site {@code h} to village {@code v} at {@code h * villages + v}
 * @param centreToVillageMetres road metres from the centre to each village
 * @param centreToHubMetres road metres from the centre to each site and back, summed
 */
public record HubSitingProblem(List<HubData> sites, List<String> villageCodes, int[] parcels, int[] chilledParcels,
        double[] hubToVillageMetres, double[] centreToVillageMetres, double[] centreToHubMetres) {

    /** @throws IllegalArgumentException when the arrays do not fit the sites and villages */
    public HubSitingProblem {
        sites = List.copyOf(sites);
        villageCodes = List.copyOf(villageCodes);
        int v = villageCodes.size();
        if (parcels.length != v || chilledParcels.length != v || centreToVillageMetres.length != v
                || centreToHubMetres.length != sites.size() || hubToVillageMetres.length != sites.size() * v) {
            throw new IllegalArgumentException("The hub siting arrays do not fit " + sites.size() + " sites and " + v
                    + " villages.");
        }
    }

    /**
     * @param county the county with its hub sites
     * @param demand the day whose parcels are sited for
     * @param matrices the road matrices (the van's)
     * @return the problem on the county's van roads
     * @throws org.gongpei.maps.PointNotRoutableException when a site or village cannot be reached
     */
    public static HubSitingProblem of(CountyNetworkData county, DayDemand demand, MatrixSource matrices) {
        Map<String, int[]> byVillage = new LinkedHashMap<>();
        county.villages().forEach(village -> byVillage.put(village.code(), new int[2]));
        for (DownParcels row : demand.down()) {
            int[] sum = byVillage.get(row.villageCode());
            if (sum != null) {
                sum[0] += row.parcels();
                sum[1] += row.chilledParcels();
            }
        }
        for (UpShipment shipment : demand.up()) {
            int[] sum = byVillage.get(shipment.villageCode());
            if (sum != null) {
                sum[0] += shipment.parcels();
                sum[1] += shipment.chilled() ? shipment.parcels() : 0;
            }
        }
        List<HubData> sites = county.hubs();
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(DailyProblems.centreCode(county), county.centre().lat(), county.centre().lon()));
        sites.forEach(hub -> locations.add(new Location(hub.code(), hub.lat(), hub.lon())));
        List<String> codes = new ArrayList<>();
        List<int[]> sums = new ArrayList<>();
        county.villages().forEach(village -> {
            int[] sum = byVillage.get(village.code());
            if (sum[0] > 0) {
                codes.add(village.code());
                sums.add(sum);
                locations.add(new Location(village.code(), village.lat(), village.lon()));
            }
        });
        TravelMatrix matrix = matrices.matrix(VehicleProfile.VAN, locations);
        int h = sites.size();
        int v = codes.size();
        double[] hubToVillage = new double[h * v];
        double[] centreToVillage = new double[v];
        double[] centreToHub = new double[h];
        for (int s = 0; s < h; s++) {
            centreToHub[s] = matrix.distanceMetres(0, 1 + s) + matrix.distanceMetres(1 + s, 0);
            for (int i = 0; i < v; i++) {
                hubToVillage[s * v + i] = matrix.distanceMetres(1 + s, 1 + h + i);
            }
        }
        for (int i = 0; i < v; i++) {
            centreToVillage[i] = matrix.distanceMetres(0, 1 + h + i);
        }
        return new HubSitingProblem(sites, codes, sums.stream().mapToInt(sum -> sum[0]).toArray(),
                sums.stream().mapToInt(sum -> sum[1]).toArray(), hubToVillage, centreToVillage, centreToHub);
    }

    /** @return road metres from site {@code site} to village {@code village} */
    public double metres(int site, int village) {
        return hubToVillageMetres[site * villageCodes.size() + village];
    }
}
