package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gongpei.planning.geo.XY;

/**
 * Decides which places the synthetic roads link. Places are: index 0 the county centre, then the
 * township seats (the county seat first), then the villages.
 *
 * <ul>
 *   <li>County roads: the centre to the county seat, and a tree over the township seats grown
 *       outwards from the county seat, each seat joining the nearest seat already linked that keeps
 *       its detour to the county seat within {@value #TREE_DETOUR_LIMIT}.
 *   <li>Township roads: each seat to its {@value #SEAT_NEIGHBOURS} nearest seats, except
 *       {@value #MISSING_LINKS} randomly dropped (missing links, e.g. a river without a bridge);
 *       {@value #ONEWAY_LINKS} of them are one-way.
 *   <li>Village roads: per township, villages by distance from the seat, each joining the nearest
 *       already linked place of the township with the same detour rule; plus a field road from
 *       each village to its nearest village not yet linked to it, when within
 *       {@value #FIELD_ROAD_MAX_METRES} m.
 * </ul>
 *
 * Every village is thus reachable from the centre and back on two-way roads; one-way links and
 * missing links only remove alternatives.
 */
final class RoadNetworkBuilder {

    static final double TREE_DETOUR_LIMIT = 1.15;
    static final int SEAT_NEIGHBOURS = 3;
    static final int MISSING_LINKS = 3;
    static final int ONEWAY_LINKS = 3;
    static final double FIELD_ROAD_MAX_METRES = 2_000;

    private final List<XY> places;
    private final List<String> names;
    private final int seatCount;
    private final List<Integer> villageTownship;
    private final List<RoadLink> links = new ArrayList<>();
    private final Set<Long> linked = new HashSet<>();

    /**
     * @param places positions: centre, seats, villages
     * @param names place names in the same order
     * @param seatCount number of township seats
     * @param villageTownship per village (in order), the index (0-based, among seats) of its township
     */
    RoadNetworkBuilder(List<XY> places, List<String> names, int seatCount, List<Integer> villageTownship) {
        this.places = places;
        this.names = names;
        this.seatCount = seatCount;
        this.villageTownship = villageTownship;
    }

    List<RoadLink> build(Random random) {
        add(0, 1, RoadClass.COUNTY, false);
        List<Integer> seats = new ArrayList<>();
        for (int s = 1; s <= seatCount; s++) {
            seats.add(s);
        }
        growTree(seats, RoadClass.COUNTY, RoadClass.COUNTY);
        addSeatNeighbours(random);
        for (int t = 0; t < seatCount; t++) {
            List<Integer> members = new ArrayList<>();
            members.add(1 + t);
            for (int v = 0; v < villageTownship.size(); v++) {
                if (villageTownship.get(v) == t) {
                    members.add(1 + seatCount + v);
                }
            }
            growTree(members, RoadClass.TOWNSHIP_TO_VILLAGE, RoadClass.VILLAGE);
        }
        addFieldRoads();
        return List.copyOf(links);
    }

    /** Grows a tree from members.get(0); links to the root get rootClass, the others otherClass. */
    private void growTree(List<Integer> members, RoadClass rootClass, RoadClass otherClass) {
        int root = members.get(0);
        List<Integer> rest = new ArrayList<>(members.subList(1, members.size()));
        rest.sort(Comparator.comparingDouble(p -> distance(p, root)));
        List<Integer> connected = new ArrayList<>();
        connected.add(root);
        for (int p : rest) {
            int best = root;
            double bestDistance = distance(p, root);
            for (int c : connected) {
                double d = distance(p, c);
                if (d < bestDistance && d + distance(c, root) <= TREE_DETOUR_LIMIT * distance(p, root)) {
                    best = c;
                    bestDistance = d;
                }
            }
            add(best, p, best == root ? rootClass : otherClass, false);
            connected.add(p);
        }
    }

    private void addSeatNeighbours(Random random) {
        List<int[]> candidates = new ArrayList<>();
        for (int s = 1; s <= seatCount; s++) {
            final int seat = s;
            List<Integer> others = new ArrayList<>();
            for (int o = 1; o <= seatCount; o++) {
                if (o != seat) {
                    others.add(o);
                }
            }
            others.sort(Comparator.comparingDouble(o -> distance(seat, o)));
            for (int o : others.subList(0, SEAT_NEIGHBOURS)) {
                int a = StrictMath.min(seat, o);
                int b = StrictMath.max(seat, o);
                if (!isLinked(a, b) && candidates.stream().noneMatch(c -> c[0] == a && c[1] == b)) {
                    candidates.add(new int[] {a, b});
                }
            }
        }
        Collections.shuffle(candidates, random);
        for (int i = MISSING_LINKS; i < candidates.size(); i++) {
            int[] c = candidates.get(i);
            boolean oneway = i < MISSING_LINKS + ONEWAY_LINKS;
            add(c[0], c[1], RoadClass.TOWNSHIP, oneway);
        }
    }

    private void addFieldRoads() {
        int firstVillage = 1 + seatCount;
        for (int v = firstVillage; v < places.size(); v++) {
            int best = -1;
            double bestDistance = FIELD_ROAD_MAX_METRES;
            for (int o = firstVillage; o < places.size(); o++) {
                double d = distance(v, o);
                if (o != v && d < bestDistance && !isLinked(v, o)) {
                    best = o;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                add(v, best, RoadClass.FIELD, false);
            }
        }
    }

    private void add(int from, int to, RoadClass roadClass, boolean oneway) {
        links.add(new RoadLink(from, to, roadClass, oneway, names.get(from) + "—" + names.get(to)));
        linked.add(key(from, to));
    }

    private boolean isLinked(int a, int b) {
        return linked.contains(key(a, b));
    }

    private static long key(int a, int b) {
        return ((long) StrictMath.min(a, b) << 32) | StrictMath.max(a, b);
    }

    private double distance(int a, int b) {
        return places.get(a).distanceMetres(places.get(b));
    }
}
