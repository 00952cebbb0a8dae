package org.gongpei.solver.daily.model;

/**
 * Progress of a daily solve, reported after each step that changes the best plan.
 *
 * @param phase which part is being solved (hub assignment, trunk down, last mile, trunk up)
 * @param fractionDone share of the time budget used, 0–1
 * @param elapsedMillis wall-clock time since the solve started
 * @param bestScore best score of the current part, as Timefold prints it
 */
public record PlanningProgress(String phase, double fractionDone, long elapsedMillis, String bestScore) {
}
