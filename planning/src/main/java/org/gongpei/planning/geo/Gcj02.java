package org.gongpei.planning.geo;

/**
 * Conversion between WGS84 and GCJ-02, the datum of Chinese web maps.
 *
 * <p>{@link #fromWgs84} is the widely published GCJ-02 offset formula (Krasovsky ellipsoid
 * constants, polynomial-plus-sine offsets). {@link #toWgs84} inverts it by fixed-point iteration:
 * {@code w ← w − (fromWgs84(w) − g)}, which converges to well under a millimetre of the formula in a
 * few steps. The public formula itself matches the official transform to within a few metres, so
 * converted coordinates are accurate to a few metres. Uses {@link StrictMath} so results are the
 * same on every JVM.
 */
public final class Gcj02 {

    private static final double SEMI_MAJOR_AXIS_METRES = 6_378_245.0;
    private static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;
    private static final int INVERSE_ITERATIONS = 10;

    private Gcj02() {
    }

    /**
     * Applies the GCJ-02 offset.
     *
     * @param wgs84 a WGS84 point inside China
     * @return the same place in GCJ-02
     */
    public static LatLon fromWgs84(LatLon wgs84) {
        double lat = wgs84.lat();
        double lon = wgs84.lon();
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * StrictMath.PI;
        double magic = StrictMath.sin(radLat);
        magic = 1 - ECCENTRICITY_SQUARED * magic * magic;
        double sqrtMagic = StrictMath.sqrt(magic);
        dLat = (dLat * 180.0)
                / ((SEMI_MAJOR_AXIS_METRES * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * StrictMath.PI);
        dLon = (dLon * 180.0) / (SEMI_MAJOR_AXIS_METRES / sqrtMagic * StrictMath.cos(radLat) * StrictMath.PI);
        return new LatLon(lat + dLat, lon + dLon);
    }

    /**
     * Removes the GCJ-02 offset by iterating the forward formula.
     *
     * @param gcj02 a GCJ-02 point inside China
     * @return the same place in WGS84, to a few metres
     */
    public static LatLon toWgs84(LatLon gcj02) {
        LatLon wgs = gcj02;
        for (int i = 0; i < INVERSE_ITERATIONS; i++) {
            LatLon forward = fromWgs84(wgs);
            wgs = new LatLon(wgs.lat() - (forward.lat() - gcj02.lat()), wgs.lon() - (forward.lon() - gcj02.lon()));
        }
        return wgs;
    }

    private static double transformLat(double x, double y) {
        double pi = StrictMath.PI;
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * StrictMath.sqrt(StrictMath.abs(x));
        ret += (20.0 * StrictMath.sin(6.0 * x * pi) + 20.0 * StrictMath.sin(2.0 * x * pi)) * 2.0 / 3.0;
        ret += (20.0 * StrictMath.sin(y * pi) + 40.0 * StrictMath.sin(y / 3.0 * pi)) * 2.0 / 3.0;
        ret += (160.0 * StrictMath.sin(y / 12.0 * pi) + 320 * StrictMath.sin(y * pi / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double pi = StrictMath.PI;
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * StrictMath.sqrt(StrictMath.abs(x));
        ret += (20.0 * StrictMath.sin(6.0 * x * pi) + 20.0 * StrictMath.sin(2.0 * x * pi)) * 2.0 / 3.0;
        ret += (20.0 * StrictMath.sin(x * pi) + 40.0 * StrictMath.sin(x / 3.0 * pi)) * 2.0 / 3.0;
        ret += (150.0 * StrictMath.sin(x / 12.0 * pi) + 300.0 * StrictMath.sin(x / 30.0 * pi)) * 2.0 / 3.0;
        return ret;
    }
}
