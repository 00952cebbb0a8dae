package org.gongpei.solver.daily.replan;

import java.util.List;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;

/**
 * The result of re-planning a day in progress.
 *
 * @param problem the day's problem with the change (an urgent pickup is part of its demand from now on)
 * @param plan the new revision of the plan, checked whole
 * @param notes what was re-planned and what was kept, a note each
 */
public record Replanning(DailyProblem problem, DailyPlan plan, List<ReplanNote> notes) {

    public Replanning {
        notes = List.copyOf(notes);
    }
}
