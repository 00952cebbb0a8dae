package org.gongpei.solver.hub;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedSwapMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

/**
 * Accepts a swap move only between villages on different depots that may each be served by the other's depot.
 * Most random pairs of villages are far apart, so without the filter nearly every sampled swap is wasted.
 */
public final class UsefulSwapFilter implements SelectionFilter<HubAssignmentPlan, Object> {

    @Override
    public boolean accept(ScoreDirector<HubAssignmentPlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedSwapMove<?> move)) {
            return true;
        }
        VillageAssignment left = (VillageAssignment) move.getLeftEntity();
        VillageAssignment right = (VillageAssignment) move.getRightEntity();
        Depot leftDepot = left.getDepot();
        Depot rightDepot = right.getDepot();
        return leftDepot != null && rightDepot != null && leftDepot.index() != rightDepot.index()
                && left.mayBeServedBy(rightDepot) && right.mayBeServedBy(leftDepot);
    }
}
