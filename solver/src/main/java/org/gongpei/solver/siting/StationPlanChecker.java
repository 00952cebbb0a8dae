package org.gongpei.solver.siting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies every rule of a station plan from the villages' choices and the inputs alone (village facts, road
 * distances, rules), without the constraints or the score, so that a plan can be trusted whatever found it.
 * Reach is the longer of the two road directions between a village and a station of its own township.
 */
public final class StationPlanChecker {

    private StationPlanChecker() {
    }

    /**
     * @param plan the plan: its villages with their choices, townships, distances and rules; not modified
     * @return the figures and the villages or townships breaking each rule
     */
    public static StationPlanCheck check(SitingPlan plan) {
        List<VillageSite> villages = plan.getVillages();
        SitingRules rules = plan.getRules();
        VillageDistances distances = plan.getDistances();
        List<String> unassigned = new ArrayList<>();
        List<String> notAllowed = new ArrayList<>();
        List<String> poor = new ArrayList<>();
        List<String> large = new ArrayList<>();
        List<String> outOfReach = new ArrayList<>();
        Set<String> townshipsWithStation = new HashSet<>();
        int stations = 0;
        long construction = 0;
        for (VillageSite village : villages) {
            StationChoice choice = village.getChoice();
            if (choice == null) {
                unassigned.add(village.label());
                continue;
            }
            switch (choice) {
                case EXISTING -> {
                    if (!village.hasExistingStation()) {
                        notAllowed.add(village.label());
                    }
                }
                case UPGRADED -> {
                    if (village.getUpgradeCostFen() == VillageSite.NO_UPGRADE) {
                        notAllowed.add(village.label());
                    } else {
                        construction += village.getUpgradeCostFen();
                    }
                }
                case NEW -> construction += village.getNewCostFen();
                case NONE -> {
                    if (village.keepsExisting()) {
                        notAllowed.add(village.label());
                    }
                }
            }
            if (choice != StationChoice.NONE) {
                stations++;
                townshipsWithStation.add(village.getTownshipCode());
            }
        }
        for (VillageSite village : villages) {
            if (village.getChoice() != StationChoice.NONE) {
                continue;
            }
            if (village.isPoor()) {
                poor.add(village.label());
            }
            if (village.getPopulation() >= rules.populationThreshold()) {
                large.add(village.label());
            }
            boolean reached = false;
            for (VillageSite station : villages) {
                if (station.getChoice() != null && station.getChoice() != StationChoice.NONE
                        && station.getTownshipCode().equals(village.getTownshipCode())
                        && distances.metres(village.getIndex(), station.getIndex()) <= rules.reachMetres()
                        && distances.metres(station.getIndex(), village.getIndex()) <= rules.reachMetres()) {
                    reached = true;
                    break;
                }
            }
            if (!reached) {
                outOfReach.add(village.label());
            }
        }
        List<String> townships = new ArrayList<>();
        for (SitingTownship township : plan.getTownships()) {
            if (!townshipsWithStation.contains(township.code())) {
                townships.add(township.name() + " (" + township.code() + ")");
            }
        }
        // the share rule recomputed here rather than through SitingRules.requiredStations
        int required = (int) Math.ceil(rules.minStationShare() * villages.size() - 1e-9);
        long delivery = (long) stations * rules.stationDayCostFen() * rules.serviceDaysPerYear() * rules.horizonYears();
        return new StationPlanCheck(villages.size(), stations, required, construction, delivery, unassigned, notAllowed,
                poor, large, townships, outOfReach);
    }
}
