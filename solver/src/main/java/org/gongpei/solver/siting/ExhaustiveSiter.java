package org.gongpei.solver.siting;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardSoftScore;

/**
 * The exact least-cost station plan of a small county, by trying every set of stations: villages a rule names
 * (poor, above the population threshold) and stations of today that must be kept always get one, every subset of the others is tried. A village with a
 * station gets its cheapest allowed kind, since the rules only see whether a village has a station. Cost: the
 * construction costs plus {@link SitingRules#deliveryCostPerStationFen()} per station, the soft score of
 * {@link SitingConstraintProvider}. Every plan can meet the rules (a new station is allowed everywhere), so there
 * is always an optimum. Used to show that {@link StationSiter} reaches the optimum on small counties.
 */
public final class ExhaustiveSiter {

    /** Most villages whose station is open (not named by a rule): 2^20 subsets. */
    public static final int MAX_OPEN_VILLAGES = 20;
    /** Most villages in all (the sets are bit masks of a {@code long}). */
    public static final int MAX_VILLAGES = 63;

    private ExhaustiveSiter() {
    }

    /**
     * @param problem the villages, townships, distances and rules; not modified
     * @return a copy of the problem with the least-cost choices and their score (0 hard, minus the cost soft)
     * @throws IllegalArgumentException when the county has more than {@link #MAX_VILLAGES} villages or more than
     *         {@link #MAX_OPEN_VILLAGES} villages that no rule names
     */
    public static SitingPlan solve(SitingPlan problem) {
        List<VillageSite> villages = problem.getVillages();
        int n = villages.size();
        if (n > MAX_VILLAGES) {
            throw new IllegalArgumentException("The exhaustive method takes at most " + MAX_VILLAGES + " villages, got "
                    + n + ".");
        }
        SitingRules rules = problem.getRules();
        long mandatory = 0;
        List<Integer> open = new ArrayList<>();
        long[] stationCostFen = new long[n];
        long[] coveredBy = new long[n];
        for (int v = 0; v < n; v++) {
            VillageSite village = villages.get(v);
            if (village.isPoor() || village.getPopulation() >= rules.populationThreshold()
                    || !village.allows(StationChoice.NONE)) {
                mandatory |= 1L << v;
            } else {
                open.add(v);
            }
            stationCostFen[v] = village.costFen(village.cheapestStation()) + rules.deliveryCostPerStationFen();
            for (int s = 0; s < n; s++) {
                VillageSite station = villages.get(s);
                if (station.getTownshipCode().equals(village.getTownshipCode())
                        && village.eachWayMetresTo(station) <= rules.reachMetres()) {
                    coveredBy[v] |= 1L << s;
                }
            }
        }
        if (open.size() > MAX_OPEN_VILLAGES) {
            throw new IllegalArgumentException("The exhaustive method takes at most " + MAX_OPEN_VILLAGES
                    + " villages without a rule naming them, got " + open.size() + ".");
        }
        long[] townshipMasks = problem.getTownships().stream().mapToLong(township -> {
            long mask = 0;
            for (int v = 0; v < n; v++) {
                if (villages.get(v).getTownshipCode().equals(township.code())) {
                    mask |= 1L << v;
                }
            }
            return mask;
        }).toArray();
        int required = rules.requiredStations(n);
        long bestMask = -1;
        long bestCost = Long.MAX_VALUE;
        for (long subset = 0; subset < 1L << open.size(); subset++) {
            long stations = mandatory;
            for (int i = 0; i < open.size(); i++) {
                if ((subset & 1L << i) != 0) {
                    stations |= 1L << open.get(i);
                }
            }
            if (Long.bitCount(stations) < required || !feasible(stations, n, coveredBy, townshipMasks)) {
                continue;
            }
            long cost = 0;
            for (int v = 0; v < n; v++) {
                if ((stations & 1L << v) != 0) {
                    cost += stationCostFen[v];
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                bestMask = stations;
            }
        }
        SitingPlan best = problem.copy();
        for (int v = 0; v < n; v++) {
            VillageSite village = best.getVillages().get(v);
            village.setChoice((bestMask & 1L << v) != 0 ? village.cheapestStation() : StationChoice.NONE);
        }
        best.setScore(HardSoftScore.of(0, -bestCost));
        return best;
    }

    private static boolean feasible(long stations, int n, long[] coveredBy, long[] townshipMasks) {
        for (long township : townshipMasks) {
            if ((township & stations) == 0) {
                return false;
            }
        }
        for (int v = 0; v < n; v++) {
            if ((stations & 1L << v) == 0 && (coveredBy[v] & stations) == 0) {
                return false;
            }
        }
        return true;
    }
}
