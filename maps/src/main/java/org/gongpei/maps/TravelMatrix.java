package org.gongpei.maps;

import java.util.Arrays;

/**
 * Road distances and travel times between every ordered pair of {@code size} locations.
 * <p>
 * Stored row-major in two primitive {@code double[]} arrays (cell {@code from * size + to}):
 * 16 bytes per cell, about 16 MB for 1000 × 1000. Doubles keep metres and seconds exact enough
 * to compare with point-to-point routing and need no conversion in the solver. The matrix is
 * asymmetric where roads are one-way; the diagonal is 0. Immutable: arrays are copied in and out.
 */
public final class TravelMatrix {

    private final int size;
    private final double[] distancesMetres;
    private final double[] timesSeconds;

    /**
     * @param size            number of locations
     * @param distancesMetres row-major distances, {@code size * size} finite non-negative values
     * @param timesSeconds    row-major travel times, {@code size * size} finite non-negative values
     */
    public TravelMatrix(int size, double[] distancesMetres, double[] timesSeconds) {
        this(size, distancesMetres.clone(), timesSeconds.clone(), true);
    }

    TravelMatrix(int size, double[] distancesMetres, double[] timesSeconds, boolean check) {
        if (size < 1) {
            throw new IllegalArgumentException("A matrix needs at least one location, was " + size);
        }
        long cells = (long) size * size;
        if (distancesMetres.length != cells || timesSeconds.length != cells) {
            throw new IllegalArgumentException("A " + size + "x" + size + " matrix needs " + cells
                    + " distances and times, got " + distancesMetres.length + " and " + timesSeconds.length);
        }
        if (check) {
            for (int i = 0; i < distancesMetres.length; i++) {
                if (!(distancesMetres[i] >= 0 && distancesMetres[i] < Double.POSITIVE_INFINITY)
                        || !(timesSeconds[i] >= 0 && timesSeconds[i] < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("Cell from " + i / size + " to " + i % size
                            + " must be a finite non-negative distance and time, was " + distancesMetres[i]
                            + " m and " + timesSeconds[i] + " s");
                }
            }
        }
        this.size = size;
        this.distancesMetres = distancesMetres;
        this.timesSeconds = timesSeconds;
    }

    /** @return number of locations */
    public int size() {
        return size;
    }

    /** @return road distance in metres from location {@code from} to location {@code to} */
    public double distanceMetres(int from, int to) {
        return distancesMetres[index(from, to)];
    }

    /** @return travel time in seconds from location {@code from} to location {@code to} */
    public double timeSeconds(int from, int to) {
        return timesSeconds[index(from, to)];
    }

    /** @return a copy of the row-major distances in metres */
    public double[] distancesMetres() {
        return distancesMetres.clone();
    }

    /** @return a copy of the row-major times in seconds */
    public double[] timesSeconds() {
        return timesSeconds.clone();
    }

    double[] distancesMetresUnsafe() {
        return distancesMetres;
    }

    double[] timesSecondsUnsafe() {
        return timesSeconds;
    }

    /** @return bytes held by the two arrays */
    public long memoryBytes() {
        return 16L * distancesMetres.length;
    }

    private int index(int from, int to) {
        if (from < 0 || from >= size || to < 0 || to >= size) {
            throw new IndexOutOfBoundsException("Cell (" + from + ", " + to + ") is outside a " + size + "x" + size + " matrix");
        }
        return from * size + to;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TravelMatrix m && m.size == size
                && Arrays.equals(m.distancesMetres, distancesMetres) && Arrays.equals(m.timesSeconds, timesSeconds);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(distancesMetres) + Arrays.hashCode(timesSeconds);
    }

    @Override
    public String toString() {
        return "TravelMatrix[" + size + "x" + size + "]";
    }
}
