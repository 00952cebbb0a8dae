package org.gongpei.solver.solver;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.gongpei.solver.domain.TravelMatrix;

/**
 * For each location, its {@code k} nearest locations by round-trip distance, computed once per travel
 * matrix and cached while the matrix is in use. Restricting moves to near neighbours keeps the search
 * on moves that can plausibly improve a route.
 */
public final class NeighbourLists {

    /** Neighbours kept per location. */
    public static final int DEFAULT_NEIGHBOURS = 20;

    private static final Map<TravelMatrix, NeighbourLists> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final BitSet[] near;
    private final int[][] nearest;

    private NeighbourLists(BitSet[] near, int[][] nearest) {
        this.near = near;
        this.nearest = nearest;
    }

    /** @return the cached neighbour lists of a matrix */
    public static NeighbourLists of(TravelMatrix matrix) {
        return CACHE.computeIfAbsent(matrix, m -> build(m, DEFAULT_NEIGHBOURS));
    }

    /** @return neighbour lists with {@code k} neighbours per location */
    public static NeighbourLists build(TravelMatrix matrix, int k) {
        int n = matrix.locationCount();
        BitSet[] near = new BitSet[n];
        int[][] nearest = new int[n][];
        Integer[] order = new Integer[n];
        for (int from = 0; from < n; from++) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int origin = from;
            Arrays.sort(order, (a, b) -> Long.compare(
                    matrix.distanceMetres(origin, a) + matrix.distanceMetres(a, origin),
                    matrix.distanceMetres(origin, b) + matrix.distanceMetres(b, origin)));
            near[from] = new BitSet(n);
            nearest[from] = new int[Math.min(k, n - 1)];
            int kept = 0;
            for (int i = 0; i < n && kept < nearest[from].length; i++) {
                if (order[i] != from) {
                    near[from].set(order[i]);
                    nearest[from][kept++] = order[i];
                }
            }
        }
        return new NeighbourLists(near, nearest);
    }

    /** Remembers the lists of the last matrix asked for, to skip the shared cache on the hot path. */
    static final class Lookup {
        private TravelMatrix matrix;
        private NeighbourLists lists;

        NeighbourLists of(TravelMatrix requested) {
            if (requested != matrix) {
                lists = NeighbourLists.of(requested);
                matrix = requested;
            }
            return lists;
        }
    }

    /** @return the nearest locations of {@code location}, nearest first; not to be modified */
    int[] nearest(int location) {
        return nearest[location];
    }

    /** @return whether {@code other} is among the nearest locations of {@code location} */
    public boolean isNear(int location, int other) {
        return near[location].get(other);
    }
}
