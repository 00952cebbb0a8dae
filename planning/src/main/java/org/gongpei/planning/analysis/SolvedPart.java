package org.gongpei.planning.analysis;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;

/**
 * One solved network of a scenario: a brand's own network or the shared one.
 *
 * @param label who runs it: a carrier name, or {@code SHARED} for the joint network
 * @param problem the day's problem it was solved from
 * @param plan the solved day
 */
public record SolvedPart(String label, DailyProblem problem, DailyPlan plan) {

    /** Label of the shared network. */
    public static final String SHARED = "SHARED";
}
