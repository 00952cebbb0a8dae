package org.gongpei.service.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.maps.Location;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.MatrixSource;

/**
 * Road times of one vehicle profile between a county's centre and its villages and between every two villages,
 * from the county's road matrix (location 0 the centre). Villages the road network cannot reach are left out and
 * named.
 *
 * @param index       the matrix index of each village code with a road time
 * @param unreachable the village codes without one
 */
record VillageRoadTimes(TravelMatrix matrix, Map<String, Integer> index, List<String> unreachable) {

    static VillageRoadTimes of(CountyNetworkData county, VehicleProfile profile, MatrixSource matrices) {
        List<VillageData> villages = new ArrayList<>(county.villages());
        List<String> unreachable = new ArrayList<>();
        while (true) {
            List<Location> locations = new ArrayList<>();
            locations.add(new Location(DailyProblems.centreCode(county), county.centre().lat(),
                    county.centre().lon()));
            villages.forEach(v -> locations.add(new Location(v.code(), v.lat(), v.lon())));
            try {
                TravelMatrix matrix = matrices.matrix(profile, locations);
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < villages.size(); i++) {
                    index.put(villages.get(i).code(), i + 1);
                }
                return new VillageRoadTimes(matrix, Map.copyOf(index), List.copyOf(unreachable));
            } catch (PointNotRoutableException e) {
                if (e.index() == 0 || villages.isEmpty()) {
                    throw e;
                }
                unreachable.add(villages.remove(e.index() - 1).code());
            }
        }
    }

    /** @return seconds from the centre to the village, or NaN without a road time */
    double fromCentre(String village) {
        Integer to = index.get(village);
        return to == null ? Double.NaN : matrix.timeSeconds(0, to);
    }

    /** @return seconds from one village to another, or NaN without a road time */
    double between(String from, String to) {
        Integer a = index.get(from);
        Integer b = index.get(to);
        return a == null || b == null ? Double.NaN : matrix.timeSeconds(a, b);
    }

    /** @return the longest road time between two places of the matrix, seconds */
    double longest() {
        double longest = 0;
        for (double seconds : matrix.timesSeconds()) {
            longest = Math.max(longest, seconds);
        }
        return longest;
    }
}
