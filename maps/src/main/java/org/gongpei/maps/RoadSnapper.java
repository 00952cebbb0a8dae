package org.gongpei.maps;

import com.graphhopper.storage.index.Snap;

import java.util.ArrayList;
import java.util.List;

/** Snaps locations to the nearest road a vehicle may use. */
final class RoadSnapper {

    private RoadSnapper() {
    }

    /**
     * @param maxSnapDistanceMetres largest accepted distance between a location and its road
     * @return the snapped locations, in order
     * @throws PointNotRoutableException naming the first location with no road within the limit
     */
    static List<SnappedLocation> snapped(RoadGraph graph, List<Location> locations, double maxSnapDistanceMetres) {
        List<Snap> snaps = snaps(graph, locations, maxSnapDistanceMetres);
        List<SnappedLocation> result = new ArrayList<>(snaps.size());
        for (int i = 0; i < snaps.size(); i++) {
            Snap snap = snaps.get(i);
            result.add(new SnappedLocation(i, locations.get(i), snap.getSnappedPoint().getLat(),
                    snap.getSnappedPoint().getLon(), snap.getQueryDistance()));
        }
        return List.copyOf(result);
    }

    /** Like {@link #snapped}, as GraphHopper's snaps for routing. */
    static List<Snap> snaps(RoadGraph graph, List<Location> locations, double maxSnapDistanceMetres) {
        if (locations == null || locations.isEmpty()) {
            throw new IllegalArgumentException("At least one location is needed");
        }
        if (!(maxSnapDistanceMetres > 0)) {
            throw new IllegalArgumentException("Maximum snap distance must be positive metres, was " + maxSnapDistanceMetres);
        }
        List<Snap> snaps = new ArrayList<>(locations.size());
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            if (location == null) {
                throw new IllegalArgumentException("Location " + i + " is missing (null)");
            }
            Snap snap = graph.locationIndex().findClosest(location.latitude(), location.longitude(), graph.snapFilter());
            if (!snap.isValid() || snap.getQueryDistance() > maxSnapDistanceMetres) {
                String distance = snap.isValid() ? String.format("%.0f m", snap.getQueryDistance()) : "more than the search radius";
                throw new PointNotRoutableException(i, location.label(), PointNotRoutableException.Reason.TOO_FAR_FROM_ROAD,
                        "Location " + i + " '" + location.label() + "' is " + distance + " from the nearest road usable by "
                                + graph.profile().profileName() + " (limit " + String.format("%.0f m", maxSnapDistanceMetres) + ")");
            }
            snaps.add(snap);
        }
        return snaps;
    }
}
