package org.gongpei.planning.geo;

import java.util.List;

/**
 * A closed polygon ring in a local projection (the last point need not repeat the first).
 *
 * @param points the ring's vertices, in order
 */
public record Ring(List<XY> points) {

    /**
     * @param points the ring's vertices; at least three
     */
    public Ring {
        if (points.size() < 3) {
            throw new IllegalArgumentException("A ring needs at least 3 points, got " + points.size());
        }
        points = List.copyOf(points);
    }

    /**
     * Even-odd (ray casting) point-in-polygon test.
     *
     * @param p a point
     * @return true when p lies inside the ring
     */
    public boolean contains(XY p) {
        boolean inside = false;
        int n = points.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            XY a = points.get(i);
            XY b = points.get(j);
            boolean crosses = (a.yMetres() > p.yMetres()) != (b.yMetres() > p.yMetres());
            if (crosses) {
                double xAtY = (b.xMetres() - a.xMetres()) * (p.yMetres() - a.yMetres()) / (b.yMetres() - a.yMetres()) + a.xMetres();
                if (p.xMetres() < xAtY) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /**
     * @return enclosed area in square metres (shoelace formula)
     */
    public double areaSquareMetres() {
        double twiceArea = 0;
        int n = points.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            twiceArea += points.get(j).xMetres() * points.get(i).yMetres() - points.get(i).xMetres() * points.get(j).yMetres();
        }
        return StrictMath.abs(twiceArea) / 2;
    }

    /** @return smallest x of the vertices, metres */
    public double minX() {
        return points.stream().mapToDouble(XY::xMetres).min().orElseThrow();
    }

    /** @return largest x of the vertices, metres */
    public double maxX() {
        return points.stream().mapToDouble(XY::xMetres).max().orElseThrow();
    }

    /** @return smallest y of the vertices, metres */
    public double minY() {
        return points.stream().mapToDouble(XY::yMetres).min().orElseThrow();
    }

    /** @return largest y of the vertices, metres */
    public double maxY() {
        return points.stream().mapToDouble(XY::yMetres).max().orElseThrow();
    }
}
