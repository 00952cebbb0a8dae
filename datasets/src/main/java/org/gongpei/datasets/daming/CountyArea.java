package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.geo.LocalProjection;
import org.gongpei.planning.geo.Ring;
import org.gongpei.planning.geo.XY;

/**
 * The county outline in a local projection, with a regular sample grid of the points inside it
 * (used to approximate areas and Voronoi cells).
 */
final class CountyArea {

    static final double GRID_STEP_METRES = 250.0;

    private final LocalProjection projection;
    private final Ring ring;
    private final List<XY> grid;

    CountyArea(LocalProjection projection, List<LatLon> outline) {
        this.projection = projection;
        this.ring = new Ring(outline.stream().map(projection::toXY).toList());
        List<XY> inside = new ArrayList<>();
        for (double y = ring.minY() + GRID_STEP_METRES / 2; y < ring.maxY(); y += GRID_STEP_METRES) {
            for (double x = ring.minX() + GRID_STEP_METRES / 2; x < ring.maxX(); x += GRID_STEP_METRES) {
                XY p = new XY(x, y);
                if (ring.contains(p)) {
                    inside.add(p);
                }
            }
        }
        this.grid = List.copyOf(inside);
    }

    LocalProjection projection() {
        return projection;
    }

    Ring ring() {
        return ring;
    }

    /** @return grid points inside the outline, each standing for GRID_STEP_METRES² */
    List<XY> grid() {
        return grid;
    }

    XY randomInside(Random random) {
        return grid.get(random.nextInt(grid.size()));
    }

    /**
     * @param sites points
     * @param p a point
     * @return index of the site nearest to p
     */
    static int nearest(List<XY> sites, XY p) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < sites.size(); i++) {
            double d = sites.get(i).distanceMetres(p);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
