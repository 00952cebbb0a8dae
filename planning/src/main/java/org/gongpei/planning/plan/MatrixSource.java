package org.gongpei.planning.plan;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongpei.maps.CachedMatrixProvider;
import org.gongpei.maps.HaversineMatrixProvider;
import org.gongpei.maps.Location;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;

/** Gives a travel matrix per vehicle profile for a list of locations, the county centre first. */
@FunctionalInterface
public interface MatrixSource {

    /**
     * @param profile the vehicle profile
     * @param locations the locations, the county centre first
     * @return the matrix, cell {@code (i, j)} from location {@code i} to location {@code j}
     * @throws org.gongpei.maps.PointNotRoutableException when a location cannot be reached by road
     */
    TravelMatrix matrix(VehicleProfile profile, List<Location> locations);

    /**
     * Road matrices on the network's contraction hierarchies, kept on disk: snap limit
     * {@link RoadNetwork#DEFAULT_MAX_SNAP_DISTANCE_METRES}, every location checked for a connection to
     * and from location 0 (the centre).
     *
     * @param network the county's road network; the caller keeps it open while the source is used
     * @param cacheDir directory of the matrix cache files, bounded at {@link CachedMatrixProvider#DEFAULT_MAX_BYTES}
     * @return the source
     */
    static MatrixSource roads(RoadNetwork network, Path cacheDir) {
        return roads(network, cacheDir, CachedMatrixProvider.DEFAULT_MAX_BYTES);
    }

    /**
     * As {@link #roads(RoadNetwork, Path)}, with the cache directory bounded at {@code cacheMaxBytes}.
     */
    static MatrixSource roads(RoadNetwork network, Path cacheDir, long cacheMaxBytes) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(cacheDir, "cacheDir");
        return (profile, locations) -> new CachedMatrixProvider(
                network.matrixProvider(profile, RoadNetwork.DEFAULT_MAX_SNAP_DISTANCE_METRES, 0), cacheDir,
                cacheMaxBytes).matrix(locations);
    }

    /**
     * An estimate for a county without a road network: straight-line distances times a stated detour factor, at an
     * assumed speed per vehicle profile. Every result built on it must say it is an estimate.
     *
     * @param detourFactor road distance over straight distance, ≥ 1 (e.g. 1.3)
     * @param speedKmPerHour the assumed average speed of each profile; every profile asked for must have one
     * @return the source
     */
    static MatrixSource estimate(double detourFactor, Map<VehicleProfile, Double> speedKmPerHour) {
        Map<VehicleProfile, HaversineMatrixProvider> providers = new EnumMap<>(VehicleProfile.class);
        speedKmPerHour.forEach((profile, speed) -> providers.put(profile, new HaversineMatrixProvider(detourFactor, speed)));
        return (profile, locations) -> {
            HaversineMatrixProvider provider = providers.get(profile);
            if (provider == null) {
                throw new IllegalArgumentException("No assumed speed for vehicle profile " + profile);
            }
            return provider.matrix(locations);
        };
    }

    /**
     * Straight-line distances times a road factor at one speed, the same for every profile; for quick
     * tests only, never for real plans.
     *
     * @param roadFactor road distance over straight distance, ≥ 1 (about 1.3 in Daming)
     * @param speedKmPerHour average speed
     * @return the source
     */
    static MatrixSource haversine(double roadFactor, double speedKmPerHour) {
        HaversineMatrixProvider provider = new HaversineMatrixProvider(roadFactor, speedKmPerHour);
        return (profile, locations) -> provider.matrix(locations);
    }
}
