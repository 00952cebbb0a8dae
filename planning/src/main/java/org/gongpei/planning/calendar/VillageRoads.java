package org.gongpei.planning.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.maps.Location;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;

/**
 * Per village in the planned order: road time from the centre, the nearest depot by road, the detour of a
 * visit between its nearest neighbours; the van matrix of the centre, the hubs in use and the villages, and the
 * index of each site code in it.
 */
record VillageRoads(long[] seconds, String[] nearestDepot, long[] detourMetres, TravelMatrix matrix,
        Map<String, Integer> index) {

    /** @return the roads of the villages, from the van matrix of the centre, the hubs in use and the villages */
    static VillageRoads of(CountyNetworkData county, List<VillageData> villages, HubChoice hubChoice,
            MatrixSource matrices) {
        List<HubData> hubs = hubChoice == HubChoice.ALL ? county.hubs()
                : county.hubs().stream().filter(HubData::designated).toList();
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(DailyProblems.centreCode(county), county.centre().lat(), county.centre().lon()));
        hubs.forEach(hub -> locations.add(new Location(hub.code(), hub.lat(), hub.lon())));
        villages.forEach(village -> locations.add(new Location(village.code(), village.lat(), village.lon())));
        TravelMatrix matrix = matrices.matrix(VehicleProfile.VAN, locations);
        int first = 1 + hubs.size();
        long[] seconds = new long[villages.size()];
        String[] nearestDepot = new String[villages.size()];
        long[] detours = new long[villages.size()];
        for (int v = 0; v < villages.size(); v++) {
            seconds[v] = (long) Math.ceil(matrix.timeSeconds(0, first + v));
            double best = Double.MAX_VALUE;
            for (int depot = 0; depot < first; depot++) {
                if (matrix.distanceMetres(depot, first + v) < best) {
                    best = matrix.distanceMetres(depot, first + v);
                    nearestDepot[v] = locations.get(depot).label();
                }
            }
            detours[v] = detourMetres(matrix, first + v);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            index.put(locations.get(i).label(), i);
        }
        return new VillageRoads(seconds, nearestDepot, detours, matrix, index);
    }

    /** The detour of serving a location between its two nearest neighbours by road, metres, at least 0. */
    static long detourMetres(TravelMatrix matrix, int location) {
        int nearest = -1;
        int second = -1;
        for (int other = 0; other < matrix.size(); other++) {
            if (other == location) {
                continue;
            }
            double metres = matrix.distanceMetres(location, other);
            if (nearest < 0 || metres < matrix.distanceMetres(location, nearest)) {
                second = nearest;
                nearest = other;
            } else if (second < 0 || metres < matrix.distanceMetres(location, second)) {
                second = other;
            }
        }
        if (second < 0) {
            return nearest < 0 ? 0 : Math.round(matrix.distanceMetres(nearest, location) + matrix.distanceMetres(location, nearest));
        }
        return Math.max(0, Math.round(matrix.distanceMetres(nearest, location) + matrix.distanceMetres(location, second)
                - matrix.distanceMetres(nearest, second)));
    }
}
