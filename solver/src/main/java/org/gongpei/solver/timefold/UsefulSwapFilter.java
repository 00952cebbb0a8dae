package org.gongpei.solver.timefold;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedSwapMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.hub.HubAssignmentPlan;
import org.gongpei.solver.hub.VillageAssignment;

/**
 * Accepts a swap move only between villages on different depots that may each be served by the other's depot
 * ({@link VillageAssignment#maySwapDepotsWith}). Most random pairs of villages are far apart, so without the
 * filter nearly every sampled swap is wasted.
 */
public final class UsefulSwapFilter implements SelectionFilter<HubAssignmentPlan, Object> {

    @Override
    public boolean accept(ScoreDirector<HubAssignmentPlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedSwapMove<?> move)) {
            return true;
        }
        return ((VillageAssignment) move.getLeftEntity()).maySwapDepotsWith((VillageAssignment) move.getRightEntity());
    }
}
