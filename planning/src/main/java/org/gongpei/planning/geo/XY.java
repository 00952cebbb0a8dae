package org.gongpei.planning.geo;

/**
 * A point in a local planar projection.
 *
 * @param xMetres east offset from the projection origin, metres
 * @param yMetres north offset from the projection origin, metres
 */
public record XY(double xMetres, double yMetres) {

    /**
     * @param other another point in the same projection
     * @return Euclidean distance in metres
     */
    public double distanceMetres(XY other) {
        return StrictMath.hypot(other.xMetres - xMetres, other.yMetres - yMetres);
    }
}
