package org.gongpei.service.roads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.maps.Location;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.SnappedLocation;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.service.county.CountyService;

/** Checks every village of a county against the county's road network. */
@ApplicationScoped
public class RoadCheckService {

    static final int FARTHEST_LISTED = 10;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    /**
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws NoRoadNetworkException when the county has no road network configured
     */
    public RoadCheck check(String countyCode, VehicleProfile profile, double maxSnapMetres) {
        if (!(maxSnapMetres > 0)) {
            throw new IllegalArgumentException("maxSnapMetres must be a positive number of metres, was " + maxSnapMetres);
        }
        CountyNetworkData county = counties.network(countyCode);
        return check(county, roadNetworks.forCounty(countyCode), profile, maxSnapMetres);
    }

    /**
     * Checks a county's villages against a given road network, e.g. one just imported.
     *
     * @throws PointNotRoutableException with index 0 when the county centre is off the roads
     */
    public static RoadCheck check(CountyNetworkData county, RoadNetwork roads, VehicleProfile profile,
            double maxSnapMetres) {
        if (!(maxSnapMetres > 0)) {
            throw new IllegalArgumentException("maxSnapMetres must be a positive number of metres, was " + maxSnapMetres);
        }
        String countyCode = county.code();
        Location centre = new Location(county.centre().name(), county.centre().lat(), county.centre().lon());
        roads.snap(profile, List.of(centre), maxSnapMetres);

        List<RoadCheck.Problem> problems = new ArrayList<>();
        List<VillageData> candidates = new ArrayList<>();
        List<Double> snapMetres = new ArrayList<>();
        for (VillageData village : county.villages()) {
            try {
                SnappedLocation snapped = roads.snap(profile, List.of(location(village)), maxSnapMetres).get(0);
                candidates.add(village);
                snapMetres.add(snapped.snapDistanceMetres());
            } catch (PointNotRoutableException e) {
                problems.add(problem(village, e));
            }
        }
        TravelMatrix matrix = null;
        while (!candidates.isEmpty()) {
            List<Location> locations = new ArrayList<>();
            locations.add(centre);
            candidates.forEach(v -> locations.add(location(v)));
            try {
                matrix = roads.matrixProvider(profile, maxSnapMetres, 0).matrix(locations);
                break;
            } catch (PointNotRoutableException e) {
                if (e.index() == 0) {
                    throw e;
                }
                problems.add(problem(candidates.remove(e.index() - 1), e));
                snapMetres.remove(e.index() - 1);
            }
        }
        return new RoadCheck(countyCode, profile.name(), maxSnapMetres, county.villages().size(), candidates.size(),
                median(snapMetres), snapMetres.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                problems, farthest(candidates, matrix));
    }

    private static List<RoadCheck.Reach> farthest(List<VillageData> villages, TravelMatrix matrix) {
        if (matrix == null) {
            return List.of();
        }
        List<RoadCheck.Reach> reaches = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            VillageData village = villages.get(i);
            int index = i + 1;
            reaches.add(new RoadCheck.Reach(village.code(), village.name(),
                    matrix.distanceMetres(0, index) / 1000.0, matrix.timeSeconds(0, index) / 60.0,
                    matrix.distanceMetres(index, 0) / 1000.0, matrix.timeSeconds(index, 0) / 60.0));
        }
        return reaches.stream().sorted(Comparator.comparingDouble(RoadCheck.Reach::outMinutes).reversed())
                .limit(FARTHEST_LISTED).toList();
    }

    private static RoadCheck.Problem problem(VillageData village, PointNotRoutableException e) {
        return new RoadCheck.Problem(village.code(), village.name(), e.reason().name(),
                "village " + village.code() + " " + village.name() + ": " + e.getMessage());
    }

    private static Location location(VillageData village) {
        return new Location(village.code(), village.lat(), village.lon());
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
