package org.gongpei.solver.siting;

/**
 * Road distances between the villages of a {@link SitingPlan}, metres, row-major in one primitive array: cell
 * {@code from * size + to}; village {@code i} is the one with {@link VillageSite#getIndex()} {@code i}. Immutable.
 * Problem fact.
 */
public final class VillageDistances {

    private final int size;
    private final double[] metres;

    /**
     * @param size number of villages
     * @param metres row-major road distances, {@code size × size} finite values ≥ 0; copied
     * @throws IllegalArgumentException when the array has the wrong length or a bad value
     */
    public VillageDistances(int size, double[] metres) {
        if (size < 0 || metres == null || metres.length != (long) size * size) {
            throw new IllegalArgumentException("Distances between " + size + " villages need " + ((long) size * size)
                    + " values, got " + (metres == null ? "none" : metres.length) + ".");
        }
        for (int i = 0; i < metres.length; i++) {
            if (!(metres[i] >= 0 && metres[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("The distance from village " + i / size + " to village " + i % size
                        + " must be a finite distance of 0 m or more, got " + metres[i] + ".");
            }
        }
        this.size = size;
        this.metres = metres.clone();
    }

    /** @return number of villages */
    public int size() {
        return size;
    }

    /** @return road distance from village {@code from} to village {@code to}, metres */
    public double metres(int from, int to) {
        return metres[from * size + to];
    }

    /** @return the longer of the two directions between the villages, metres: what a round trip must stay within */
    public double eachWayMetres(int a, int b) {
        return Math.max(metres[a * size + b], metres[b * size + a]);
    }
}
