package org.gongpei.planning.geo;

/**
 * Equirectangular projection around an origin, good to well under 1% over a county (tens of km).
 */
public final class LocalProjection {

    private static final double METRES_PER_DEGREE_LAT = 110_574.0;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320.0;

    private final LatLon origin;
    private final double metresPerDegreeLon;

    /**
     * @param origin the point that maps to (0, 0)
     */
    public LocalProjection(LatLon origin) {
        this.origin = origin;
        this.metresPerDegreeLon = METRES_PER_DEGREE_LON_AT_EQUATOR * StrictMath.cos(StrictMath.toRadians(origin.lat()));
    }

    /**
     * @param point a geographic point
     * @return its planar position in metres
     */
    public XY toXY(LatLon point) {
        return new XY((point.lon() - origin.lon()) * metresPerDegreeLon, (point.lat() - origin.lat()) * METRES_PER_DEGREE_LAT);
    }

    /**
     * @param point a planar position in metres
     * @return the geographic point
     */
    public LatLon toLatLon(XY point) {
        return new LatLon(origin.lat() + point.yMetres() / METRES_PER_DEGREE_LAT, origin.lon() + point.xMetres() / metresPerDegreeLon);
    }
}
