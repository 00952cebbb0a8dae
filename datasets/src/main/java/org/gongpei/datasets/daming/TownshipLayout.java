package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongpei.planning.geo.XY;

/**
 * Places synthetic township seats: the first seat is fixed (the county seat); the others are drawn
 * by best-candidate sampling (a Poisson-disc approximation: of several random points inside the
 * outline, keep the one farthest from the seats already placed) and then moved a few steps towards
 * the centroids of their Voronoi cells (partial Lloyd relaxation). The result is spread like real
 * township seats, without the regularity of a grid or a fully relaxed layout.
 */
final class TownshipLayout {

    private static final int CANDIDATES_PER_SEAT = 12;
    private static final int LLOYD_ITERATIONS = 3;

    private TownshipLayout() {
    }

    /**
     * @param area the county
     * @param count number of seats
     * @param fixedFirst the first seat's position, never moved
     * @param random source of randomness
     * @return seat positions, the first being fixedFirst
     */
    static List<XY> place(CountyArea area, int count, XY fixedFirst, Random random) {
        List<XY> seats = new ArrayList<>();
        seats.add(fixedFirst);
        while (seats.size() < count) {
            XY best = null;
            double bestDistance = -1;
            for (int i = 0; i < CANDIDATES_PER_SEAT; i++) {
                XY candidate = area.randomInside(random);
                double d = seats.get(CountyArea.nearest(seats, candidate)).distanceMetres(candidate);
                if (d > bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
            seats.add(best);
        }
        for (int iteration = 0; iteration < LLOYD_ITERATIONS; iteration++) {
            seats = relax(area, seats);
        }
        return List.copyOf(seats);
    }

    private static List<XY> relax(CountyArea area, List<XY> seats) {
        double[] sumX = new double[seats.size()];
        double[] sumY = new double[seats.size()];
        int[] n = new int[seats.size()];
        for (XY p : area.grid()) {
            int i = CountyArea.nearest(seats, p);
            sumX[i] += p.xMetres();
            sumY[i] += p.yMetres();
            n[i]++;
        }
        List<XY> moved = new ArrayList<>();
        moved.add(seats.get(0));
        for (int i = 1; i < seats.size(); i++) {
            moved.add(n[i] == 0 ? seats.get(i) : new XY(sumX[i] / n[i], sumY[i] / n[i]));
        }
        return moved;
    }
}
