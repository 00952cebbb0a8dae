package org.gongpei.solver.daily;

import java.util.function.Consumer;

/**
 * Plans one day of a county's joint distribution: which depot serves each village, the trunk routes
 * from the county centre to the hubs and back, and the last-mile and direct routes to the villages.
 * One planner runs one solve at a time; {@link #terminateEarly()} may be called from another thread.
 */
public final class DailyPlanner {

    /**
     * Solves the day within the problem's time limit.
     *
     * @param problem the day to plan
     * @param progress told of progress (may be called from solver threads); may be null
     * @return the plan, checked independently
     */
    public DailyPlan plan(DailyProblem problem, Consumer<PlanningProgress> progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Asks a running {@link #plan} to finish with the best plan found so far. */
    public void terminateEarly() {
    }
}
