package org.gongpei.solver.calendar;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * A week's visit pattern per village. Hard: parcels per day within the fleet and each depot's day; medium: estimated visit cost in
 * fen; soft: visits evened out over the days. See {@link CalendarConstraintProvider}.
 */
@PlanningSolution
public class CalendarSolution {

    @ProblemFactCollectionProperty
    private List<CalendarDay> days;
    @ProblemFactCollectionProperty
    private List<DepotCapacity> depots;
    @PlanningEntityCollectionProperty
    private List<VillageVisits> villages;
    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver's cloner. */
    public CalendarSolution() {
    }

    /**
     * @param days the service days
     * @param villages the villages, each with its allowed patterns
     */
    public CalendarSolution(List<CalendarDay> days, List<VillageVisits> villages) {
        this(days, List.of(), villages);
    }

    /**
     * @param days the service days
     * @param depots the parcels a day of each depot with a limit; depots not listed are unlimited
     * @param villages the villages, each with its allowed patterns
     */
    public CalendarSolution(List<CalendarDay> days, List<DepotCapacity> depots, List<VillageVisits> villages) {
        this.days = List.copyOf(days);
        this.depots = List.copyOf(depots);
        this.villages = List.copyOf(villages);
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    public List<DepotCapacity> getDepots() {
        return depots;
    }

    public List<VillageVisits> getVillages() {
        return villages;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
