package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.maps.Location;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.MatrixSource;

/**
 * Road distances of today's practice as routes: each trip from the county centre (where the brands' depots are, as
 * in the separate scenario) through its villages in order and back, on the van matrix the planned scenarios use.
 */
public final class PracticeRoads {

    private PracticeRoads() {
    }

    /**
     * @param county   the county
     * @param practice today's practice; only the villages of its routes are put in the matrix
     * @param matrices the county's roads, as for the planned scenarios
     * @return the road metres of a trip
     * @throws IllegalArgumentException for a village code that is not the county's
     */
    public static CurrentPractice.TripMetres tripMetres(CountyNetworkData county, CurrentPractice practice,
            MatrixSource matrices) {
        Map<String, VillageData> villages = new HashMap<>();
        county.villages().forEach(village -> villages.put(village.code(), village));
        Set<String> codes = new LinkedHashSet<>();
        practice.brands().stream().filter(CurrentPractice.BrandPractice::hasRoutes)
                .forEach(brand -> brand.routes().forEach(codes::addAll));
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(DailyProblems.centreCode(county), county.centre().lat(), county.centre().lon()));
        Map<String, Integer> index = new HashMap<>();
        for (String code : codes) {
            VillageData village = villages.get(code);
            if (village == null) {
                throw new IllegalArgumentException("Village " + code + " is not one of " + county.code() + "'s.");
            }
            index.put(code, locations.size());
            locations.add(new Location(code, village.lat(), village.lon()));
        }
        TravelMatrix matrix = matrices.matrix(VehicleProfile.VAN, locations);
        return trip -> {
            double metres = 0;
            int at = 0;
            for (String code : trip) {
                int next = index.get(code);
                metres += matrix.distanceMetres(at, next);
                at = next;
            }
            return Math.round(metres + matrix.distanceMetres(at, 0));
        };
    }
}
