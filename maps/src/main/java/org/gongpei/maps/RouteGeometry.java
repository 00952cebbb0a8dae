package org.gongpei.maps;

import java.util.List;

/**
 * The road route between two stops, for drawing on the map.
 *
 * @param distanceMetres road distance
 * @param timeSeconds    travel time of the vehicle profile
 * @param points         simplified polyline from the first to the second stop
 */
public record RouteGeometry(double distanceMetres, double timeSeconds, List<LatLon> points) {

    public RouteGeometry {
        points = List.copyOf(points);
    }

    /** @return the polyline as {@code [latitude, longitude]} pairs, the form map libraries draw */
    public double[][] latLonPairs() {
        double[][] pairs = new double[points.size()][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new double[]{points.get(i).latitude(), points.get(i).longitude()};
        }
        return pairs;
    }
}
