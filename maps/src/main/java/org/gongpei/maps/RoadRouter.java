package org.gongpei.maps;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.PointList;
import com.graphhopper.util.RamerDouglasPeucker;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;

import java.util.ArrayList;
import java.util.List;

/** Point-to-point routes with GraphHopper's own CH query: their length, time and geometry. */
final class RoadRouter {

    private final GraphHopper hopper;

    RoadRouter(GraphHopper hopper) {
        this.hopper = hopper;
    }

    /**
     * The fastest route between two stops that have been snapped, with its geometry simplified for drawing.
     *
     * @param toleranceMetres Douglas–Peucker tolerance: no dropped point lies farther than this from the
     *                        simplified line
     */
    RouteGeometry geometry(VehicleProfile profile, Location from, Location to, double toleranceMetres) {
        ResponsePath path = path(profile, from, to, true);
        PointList points = path.getPoints().clone(false);
        if (toleranceMetres > 0) {
            new RamerDouglasPeucker().setMaxDistance(toleranceMetres).simplify(points);
        }
        List<LatLon> latLons = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            latLons.add(new LatLon(points.getLat(i), points.getLon(i)));
        }
        return new RouteGeometry(path.getDistance(), path.getTime() / 1000.0, latLons);
    }

    /** @return the route's length and time, without geometry */
    RouteSummary summary(VehicleProfile profile, Location from, Location to) {
        ResponsePath path = path(profile, from, to, false);
        return new RouteSummary(path.getDistance(), path.getTime() / 1000.0);
    }

    /**
     * @param withPoints whether to compute the geometry
     * @throws PointNotRoutableException when there is no road from {@code from} to {@code to}
     */
    ResponsePath path(VehicleProfile profile, Location from, Location to, boolean withPoints) {
        GHRequest request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude())
                .setProfile(profile.profileName());
        request.putHint("calc_points", withPoints);
        request.putHint("instructions", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            Throwable error = response.getErrors().get(0);
            if (error instanceof ConnectionNotFoundException) {
                throw new PointNotRoutableException(1, to.label(), PointNotRoutableException.Reason.NOT_CONNECTED,
                        "No road from '" + from.label() + "' to '" + to.label() + "' for " + profile.profileName());
            }
            throw new IllegalStateException("Routing from '" + from.label() + "' to '" + to.label() + "' failed: "
                    + error.getMessage(), error);
        }
        return response.getBest();
    }
}
