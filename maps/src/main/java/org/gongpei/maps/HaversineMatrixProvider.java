package org.gongpei.maps;

import java.util.List;

/**
 * Straight-line (great-circle) distance times a road factor, at a constant speed. For tests and
 * for a first look at a county without an OSM extract; never for real plans.
 */
public final class HaversineMatrixProvider implements MatrixProvider {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private final double roadFactor;
    private final double speedKmh;

    /**
     * @param roadFactor road distance divided by straight-line distance, at least 1 (1.3 is common)
     * @param speedKmh   average travel speed in km/h
     */
    public HaversineMatrixProvider(double roadFactor, double speedKmh) {
        if (!(roadFactor >= 1 && roadFactor < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Road factor must be at least 1 (roads are never shorter than a straight line), was " + roadFactor);
        }
        if (!(speedKmh > 0 && speedKmh < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Speed must be positive km/h, was " + speedKmh);
        }
        this.roadFactor = roadFactor;
        this.speedKmh = speedKmh;
    }

    @Override
    public TravelMatrix matrix(List<Location> locations) {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one location is needed");
        }
        int n = locations.size();
        double[] metres = new double[n * n];
        double[] seconds = new double[n * n];
        double metresPerSecond = speedKmh / 3.6;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double d = roadFactor * haversineMetres(locations.get(i), locations.get(j));
                metres[i * n + j] = d;
                seconds[i * n + j] = d / metresPerSecond;
            }
        }
        return new TravelMatrix(n, metres, seconds, false);
    }

    static double haversineMetres(Location a, Location b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    @Override
    public String cacheKey() {
        return "haversine|factor=" + roadFactor + "|speed=" + speedKmh;
    }
}
