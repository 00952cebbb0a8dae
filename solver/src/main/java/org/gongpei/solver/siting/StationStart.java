package org.gongpei.solver.siting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The construction phase of a station plan: every station of today is kept as is and stations are added only where
 * a rule forces one, each the cheapest the village allows (a kept station costs nothing, an upgrade its upgrade
 * cost). The result meets every rule, since each village may get a new station; the search then looks for
 * cheaper plans.
 *
 * <p>Order: (1) poor villages and villages above the population threshold; (2) a township without a station gets
 * one in the village that brings the most villages of the township within reach; (3) while a village of a township
 * is out of reach, the village that brings the most such villages within reach (fewest construction yuan on ties);
 * (4) while the share is short, the cheapest villages, larger ones first.
 */
public final class StationStart {

    private StationStart() {
    }

    /**
     * Sets the choice of every unassigned village (today's station kept, otherwise none), then adds the stations
     * the rules force, also on villages that came with {@link StationChoice#NONE}.
     *
     * @param plan the plan; its villages' choices are changed
     */
    public static void apply(SitingPlan plan) {
        SitingRules rules = plan.getRules();
        for (VillageSite village : plan.getVillages()) {
            if (village.getChoice() == null) {
                village.setChoice(village.hasExistingStation() ? StationChoice.EXISTING : StationChoice.NONE);
            }
        }
        for (VillageSite village : plan.getVillages()) {
            if (!village.hasStation() && (village.isPoor() || village.getPopulation() >= rules.populationThreshold())) {
                village.setChoice(village.cheapestStation());
            }
        }
        Map<String, List<VillageSite>> byTownship = new LinkedHashMap<>();
        plan.getTownships().forEach(township -> byTownship.put(township.code(), new ArrayList<>()));
        plan.getVillages().forEach(village -> byTownship.get(village.getTownshipCode()).add(village));
        for (List<VillageSite> township : byTownship.values()) {
            if (township.stream().noneMatch(VillageSite::hasStation)) {
                VillageSite station = best(township, township, rules);
                station.setChoice(station.cheapestStation());
            }
            List<VillageSite> outOfReach = outOfReach(township, rules);
            while (!outOfReach.isEmpty()) {
                VillageSite station = best(township, outOfReach, rules);
                station.setChoice(station.cheapestStation());
                outOfReach = outOfReach(township, rules);
            }
        }
        int stations = (int) plan.getVillages().stream().filter(VillageSite::hasStation).count();
        int required = rules.requiredStations(plan.getVillages().size());
        if (stations < required) {
            List<VillageSite> candidates = new ArrayList<>(plan.getVillages().stream()
                    .filter(village -> !village.hasStation()).toList());
            candidates.sort(Comparator.comparingLong((VillageSite village) -> village.costFen(village.cheapestStation()))
                    .thenComparing(Comparator.comparingInt(VillageSite::getPopulation).reversed())
                    .thenComparing(VillageSite::getCode));
            for (int i = 0; i < required - stations; i++) {
                candidates.get(i).setChoice(candidates.get(i).cheapestStation());
            }
        }
    }

    /** @return the villages of the township without a station and none of the township within reach */
    private static List<VillageSite> outOfReach(List<VillageSite> township, SitingRules rules) {
        List<VillageSite> out = new ArrayList<>();
        for (VillageSite village : township) {
            if (!village.hasStation() && township.stream().noneMatch(station -> station.hasStation()
                    && village.eachWayMetresTo(station) <= rules.reachMetres())) {
                out.add(village);
            }
        }
        return out;
    }

    /**
     * @return the village of the township without a station that brings the most of {@code toCover} within reach,
     *         the cheapest on ties, then the first by code
     */
    private static VillageSite best(List<VillageSite> township, List<VillageSite> toCover, SitingRules rules) {
        VillageSite best = null;
        int bestCovered = -1;
        long bestCost = Long.MAX_VALUE;
        for (VillageSite candidate : township) {
            if (candidate.hasStation()) {
                continue;
            }
            int covered = 0;
            for (VillageSite village : toCover) {
                if (candidate.eachWayMetresTo(village) <= rules.reachMetres()) {
                    covered++;
                }
            }
            long cost = candidate.costFen(candidate.cheapestStation());
            if (covered > bestCovered || covered == bestCovered && (cost < bestCost
                    || cost == bestCost && candidate.getCode().compareTo(best.getCode()) < 0)) {
                best = candidate;
                bestCovered = covered;
                bestCost = cost;
            }
        }
        return best;
    }
}
