package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongpei.planning.geo.XY;

/**
 * Places synthetic village positions inside their township's area: the Voronoi cell of the
 * township seat, clipped to the county outline. Villages are drawn from the cell with a pull
 * towards the seat and a minimum spacing; urban communities (社区) are placed within
 * {@value #URBAN_RADIUS_METRES} m of the seat.
 */
final class VillagePlacer {

    static final double URBAN_RADIUS_METRES = 2_000.0;
    private static final double VILLAGE_SPACING_METRES = 700.0;
    private static final double URBAN_SPACING_METRES = 250.0;
    /** Keeps a village's node apart from its township seat's node. */
    private static final double MIN_METRES_FROM_SEAT = 200.0;
    private static final int TRIES_BEFORE_RELAXING = 60;
    private static final double RELAX_FACTOR = 0.85;

    private final CountyArea area;
    private final List<XY> seats;

    VillagePlacer(CountyArea area, List<XY> seats) {
        this.area = area;
        this.seats = seats;
    }

    /**
     * @param seatIndex index of the township's seat
     * @param urban per village, true for an urban community
     * @param random source of randomness
     * @return one position per village, in the same order
     */
    List<XY> place(int seatIndex, List<Boolean> urban, Random random) {
        List<XY> cell = new ArrayList<>();
        for (XY p : area.grid()) {
            if (CountyArea.nearest(seats, p) == seatIndex) {
                cell.add(p);
            }
        }
        List<XY> placed = new ArrayList<>();
        for (boolean isUrban : urban) {
            placed.add(placeOne(seatIndex, cell, isUrban, placed, random));
        }
        return placed;
    }

    private XY placeOne(int seatIndex, List<XY> cell, boolean urban, List<XY> placed, Random random) {
        double spacing = urban ? URBAN_SPACING_METRES : VILLAGE_SPACING_METRES;
        while (true) {
            for (int attempt = 0; attempt < TRIES_BEFORE_RELAXING; attempt++) {
                XY candidate = urban ? nearSeat(seatIndex, random) : inCell(seatIndex, cell, random);
                if (valid(seatIndex, candidate) && farFromAll(candidate, placed, spacing)) {
                    return candidate;
                }
            }
            spacing *= RELAX_FACTOR;
        }
    }

    private XY nearSeat(int seatIndex, Random random) {
        XY seat = seats.get(seatIndex);
        double r = URBAN_RADIUS_METRES * StrictMath.sqrt(random.nextDouble());
        double angle = 2 * StrictMath.PI * random.nextDouble();
        return new XY(seat.xMetres() + r * StrictMath.cos(angle), seat.yMetres() + r * StrictMath.sin(angle));
    }

    private XY inCell(int seatIndex, List<XY> cell, Random random) {
        XY seat = seats.get(seatIndex);
        XY a = cell.get(random.nextInt(cell.size()));
        XY b = cell.get(random.nextInt(cell.size()));
        XY closer = a.distanceMetres(seat) <= b.distanceMetres(seat) ? a : b;
        double half = CountyArea.GRID_STEP_METRES / 2;
        return new XY(closer.xMetres() + (random.nextDouble() * 2 - 1) * half,
                closer.yMetres() + (random.nextDouble() * 2 - 1) * half);
    }

    private boolean valid(int seatIndex, XY p) {
        return area.ring().contains(p) && CountyArea.nearest(seats, p) == seatIndex
                && p.distanceMetres(seats.get(seatIndex)) >= MIN_METRES_FROM_SEAT;
    }

    private static boolean farFromAll(XY p, List<XY> placed, double spacing) {
        for (XY q : placed) {
            if (q.distanceMetres(p) < spacing) {
                return false;
            }
        }
        return true;
    }
}
