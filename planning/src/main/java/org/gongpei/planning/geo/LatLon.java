package org.gongpei.planning.geo;

/**
 * A geographic point.
 *
 * @param lat latitude, degrees
 * @param lon longitude, degrees
 */
public record LatLon(double lat, double lon) {

    /**
     * Great-circle distance on a sphere of radius 6,371,000 m (haversine).
     *
     * @param other the other point
     * @return distance in metres
     */
    public double distanceMetres(LatLon other) {
        double earthRadiusMetres = 6_371_000.0;
        double dLat = StrictMath.toRadians(other.lat - lat);
        double dLon = StrictMath.toRadians(other.lon - lon);
        double a = StrictMath.sin(dLat / 2) * StrictMath.sin(dLat / 2)
                + StrictMath.cos(StrictMath.toRadians(lat)) * StrictMath.cos(StrictMath.toRadians(other.lat))
                * StrictMath.sin(dLon / 2) * StrictMath.sin(dLon / 2);
        return 2 * earthRadiusMetres * StrictMath.asin(StrictMath.min(1.0, StrictMath.sqrt(a)));
    }
}
