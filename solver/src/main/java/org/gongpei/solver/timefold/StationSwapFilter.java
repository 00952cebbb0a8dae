package org.gongpei.solver.timefold;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedSwapMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.siting.SitingPlan;
import org.gongpei.solver.siting.VillageSite;

/**
 * Accepts a swap move only between a village with a station and one without, where each allows the other's
 * choice: the station moves to the other village. Swaps between two villages with stations, or two without, change
 * nothing the rules see, and a kept station ({@code EXISTING}) cannot move to a village that has none today.
 */
public final class StationSwapFilter implements SelectionFilter<SitingPlan, Object> {

    @Override
    public boolean accept(ScoreDirector<SitingPlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedSwapMove<?> move)) {
            return true;
        }
        VillageSite left = (VillageSite) move.getLeftEntity();
        VillageSite right = (VillageSite) move.getRightEntity();
        return left.getChoice() != null && right.getChoice() != null && left.hasStation() != right.hasStation()
                && left.allows(right.getChoice()) && right.allows(left.getChoice());
    }
}
