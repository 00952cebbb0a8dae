package org.gongpei.solver.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link StationPlanChecker} found: the figures of the plan and, per rule, the villages or townships that
 * break it, each as "name (code)".
 *
 * @param villages villages of the county
 * @param stations villages with a station in the plan
 * @param requiredStations stations the share rule asks
 * @param constructionCostFen construction cost of the plan's stations, fen
 * @param deliveryCostFen delivery cost of the plan's stations over the horizon, fen
 * @param unassigned villages without a choice
 * @param notAllowed villages with a choice they do not allow (a kept station where there is none today, an upgrade
 *        without a building to upgrade, no station where today's must be kept)
 * @param poorWithoutStation registered poor villages without a station
 * @param largeWithoutStation villages at or above the population threshold without a station
 * @param townshipsWithoutStation townships without a station
 * @param outOfReach villages without a station and no station of their township within reach
 */
public record StationPlanCheck(int villages, int stations, int requiredStations, long constructionCostFen,
        long deliveryCostFen, List<String> unassigned, List<String> notAllowed, List<String> poorWithoutStation,
        List<String> largeWithoutStation, List<String> townshipsWithoutStation, List<String> outOfReach) {

    public StationPlanCheck {
        unassigned = List.copyOf(unassigned);
        notAllowed = List.copyOf(notAllowed);
        poorWithoutStation = List.copyOf(poorWithoutStation);
        largeWithoutStation = List.copyOf(largeWithoutStation);
        townshipsWithoutStation = List.copyOf(townshipsWithoutStation);
        outOfReach = List.copyOf(outOfReach);
    }

    /** @return whether the plan meets every rule */
    public boolean passes() {
        return violations().isEmpty();
    }

    /** @return one sentence per broken rule, naming what breaks it; empty when the plan passes */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        add(violations, "Villages without a choice", unassigned);
        add(violations, "Villages with a choice they do not allow", notAllowed);
        if (stations < requiredStations) {
            violations.add(String.format(Locale.ROOT, "Share of villages with a station: %,d of %,d, the rule asks %,d.",
                    stations, villages, requiredStations));
        }
        add(violations, "Poor villages without a station", poorWithoutStation);
        add(violations, "Villages above the population threshold without a station", largeWithoutStation);
        add(violations, "Townships without a station", townshipsWithoutStation);
        add(violations, "Villages without a station of their township within reach", outOfReach);
        return violations;
    }

    private static void add(List<String> violations, String rule, List<String> names) {
        if (!names.isEmpty()) {
            violations.add(rule + " (" + names.size() + "): " + String.join(", ", names) + ".");
        }
    }
}
