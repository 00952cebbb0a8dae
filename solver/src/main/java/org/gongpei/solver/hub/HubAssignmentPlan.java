package org.gongpei.solver.hub;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;

/**
 * One day's choice of depot per village. Hard score: parcels over depot capacities plus chilled villages
 * served without cold storage; soft score: minus the serving costs plus the opening costs of the depots used,
 * in fen. See {@link HubAssignmentConstraintProvider}.
 */
@PlanningSolution
public class HubAssignmentPlan {

    @ProblemFactCollectionProperty
    private List<Depot> depots;
    @PlanningEntityCollectionProperty
    private List<VillageAssignment> villages;
    @PlanningScore
    private HardSoftScore score;

    /** For the solver's cloner. */
    public HubAssignmentPlan() {
    }

    /**
     * @param depots the depots, depot {@code i} at position {@code i}
     * @param villages the villages to assign; a village may come with a depot already set (a warm start)
     * @throws IllegalArgumentException when indices, codes, cost arrays or allowed depots do not match the depots
     */
    public HubAssignmentPlan(List<Depot> depots, List<VillageAssignment> villages) {
        validate(depots, villages);
        this.depots = List.copyOf(depots);
        this.villages = List.copyOf(villages);
    }

    private static void validate(List<Depot> depots, List<VillageAssignment> villages) {
        if (depots == null || depots.isEmpty()) {
            throw new IllegalArgumentException("A hub assignment needs at least one depot.");
        }
        if (villages == null) {
            throw new IllegalArgumentException("A hub assignment needs a list of villages (it may be empty).");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < depots.size(); i++) {
            Depot depot = depots.get(i);
            if (depot == null) {
                throw new IllegalArgumentException("Depot " + i + " is null.");
            }
            if (depot.index() != i) {
                throw new IllegalArgumentException("Depot " + depot.code() + " has index " + depot.index()
                        + " but is at position " + i + " of the depot list.");
            }
            if (!codes.add(depot.code())) {
                throw new IllegalArgumentException("Depot code " + depot.code() + " is used twice.");
            }
        }
        codes.clear();
        for (VillageAssignment village : villages) {
            validate(village, depots, codes);
        }
    }

    private static void validate(VillageAssignment village, List<Depot> depots, Set<String> codes) {
        if (village == null) {
            throw new IllegalArgumentException("The village list contains null.");
        }
        String code = village.getVillageCode();
        if (!codes.add(code)) {
            throw new IllegalArgumentException("Village code " + code + " is used twice.");
        }
        if (village.depotCount() != depots.size()) {
            throw new IllegalArgumentException("Village " + code + " has costs for " + village.depotCount()
                    + " depots, but there are " + depots.size() + ".");
        }
        for (Depot allowed : village.getAllowedDepots()) {
            if (allowed.index() >= depots.size() || !depots.get(allowed.index()).equals(allowed)) {
                throw new IllegalArgumentException("Village " + code + " may be served by depot " + allowed.code()
                        + ", which is not among the plan's depots.");
            }
        }
        Depot assigned = village.getDepot();
        if (assigned != null && !village.getAllowedDepots().contains(assigned)) {
            throw new IllegalArgumentException("Village " + code + " is assigned to depot " + assigned.code()
                    + ", which is not allowed to serve it.");
        }
    }

    public List<Depot> getDepots() {
        return depots;
    }

    public List<VillageAssignment> getVillages() {
        return villages;
    }

    /** @return the score, null until the plan was solved or scored */
    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
