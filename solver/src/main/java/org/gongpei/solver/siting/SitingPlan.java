package org.gongpei.solver.siting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;

/**
 * A county's choice of station per village. Hard score: the coverage rules of {@link SitingRules} (share of
 * villages, poor villages, large villages, townships, reach); soft score: minus construction cost plus delivery
 * cost of the stations over the horizon, fen. See {@link SitingConstraintProvider}.
 */
@PlanningSolution
public class SitingPlan {

    @ProblemFactProperty
    private SitingRules rules;
    @ProblemFactCollectionProperty
    private List<SitingTownship> townships;
    private VillageDistances distances;
    @PlanningEntityCollectionProperty
    private List<VillageSite> villages;
    @PlanningScore
    private HardSoftScore score;

    /** For the solver's cloner. */
    public SitingPlan() {
    }

    /**
     * @param rules the coverage rules and delivery cost
     * @param townships the townships, each with at least one village
     * @param distances road distances between the villages
     * @param villages the villages, village {@code i} at position {@code i} with index {@code i}, all on
     *        {@code distances}; a village may come with a choice set (a warm start, or a plan to check; a choice
     *        the village does not allow is refused by {@link StationSiter#solve} and named by
     *        {@link StationPlanChecker})
     * @throws IllegalArgumentException naming what does not match
     */
    public SitingPlan(SitingRules rules, List<SitingTownship> townships, VillageDistances distances,
            List<VillageSite> villages) {
        validate(rules, townships, distances, villages);
        this.rules = rules;
        this.townships = List.copyOf(townships);
        this.distances = distances;
        this.villages = List.copyOf(villages);
    }

    private static void validate(SitingRules rules, List<SitingTownship> townships, VillageDistances distances,
            List<VillageSite> villages) {
        if (rules == null) {
            throw new IllegalArgumentException("A station plan needs its rules.");
        }
        if (townships == null || villages == null || distances == null) {
            throw new IllegalArgumentException("A station plan needs townships, villages and distances (lists may be "
                    + "empty).");
        }
        if (distances.size() != villages.size()) {
            throw new IllegalArgumentException("The distances are between " + distances.size() + " villages, but there "
                    + "are " + villages.size() + ".");
        }
        Map<String, Integer> villagesByTownship = new HashMap<>();
        for (SitingTownship township : townships) {
            if (township == null || villagesByTownship.put(township.code(), 0) != null) {
                throw new IllegalArgumentException("Township " + (township == null ? "null" : township.code())
                        + " is null or listed twice.");
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < villages.size(); i++) {
            VillageSite village = villages.get(i);
            if (village == null) {
                throw new IllegalArgumentException("Village " + i + " is null.");
            }
            if (!codes.add(village.getCode())) {
                throw new IllegalArgumentException("Village code " + village.getCode() + " is used twice.");
            }
            if (village.getIndex() != i) {
                throw new IllegalArgumentException("Village " + village.label() + " has index " + village.getIndex()
                        + " but is at position " + i + " of the village list.");
            }
            if (village.getDistances() != distances) {
                throw new IllegalArgumentException("Village " + village.label() + " refers to other distances than "
                        + "the plan's.");
            }
            if (!villagesByTownship.containsKey(village.getTownshipCode())) {
                throw new IllegalArgumentException("Village " + village.label() + " belongs to township "
                        + village.getTownshipCode() + ", which is not among the plan's townships.");
            }
            villagesByTownship.merge(village.getTownshipCode(), 1, Integer::sum);
        }
        villagesByTownship.forEach((code, count) -> {
            if (count == 0) {
                throw new IllegalArgumentException("Township " + code + " has no village, so it can have no station.");
            }
        });
    }

    /** @return a copy with the same facts and new entities carrying the same choices, for a solve that keeps this one */
    public SitingPlan copy() {
        List<VillageSite> copies = villages.stream().map(village -> {
            VillageSite copy = new VillageSite(village.getIndex(), village.getCode(), village.getName(),
                    village.getTownshipCode(), village.getPopulation(), village.isPoor(), village.hasExistingStation(),
                    village.keepsExisting(), village.getUpgradeCostFen(), village.getNewCostFen(), distances);
            copy.setChoice(village.getChoice());
            return copy;
        }).toList();
        return new SitingPlan(rules, townships, distances, copies);
    }

    /** @return the choice per village code, in village order; null for an unassigned village */
    public Map<String, StationChoice> choices() {
        Map<String, StationChoice> choices = new java.util.LinkedHashMap<>();
        villages.forEach(village -> choices.put(village.getCode(), village.getChoice()));
        return choices;
    }

    public SitingRules getRules() {
        return rules;
    }

    public List<SitingTownship> getTownships() {
        return townships;
    }

    public VillageDistances getDistances() {
        return distances;
    }

    public List<VillageSite> getVillages() {
        return villages;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
