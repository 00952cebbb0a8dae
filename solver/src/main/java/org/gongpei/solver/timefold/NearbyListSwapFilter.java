package org.gongpei.solver.timefold;

import ai.timefold.solver.core.impl.heuristic.move.SelectorBasedNoChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SelectorBasedListSwapMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.solver.NearbyStops;

/** Accepts a list swap move only if the two stops are near neighbours ({@link NearbyStops#swapIsNear}). */
public final class NearbyListSwapFilter implements SelectionFilter<RoutePlan, Object> {

    private final NearbyStops nearby = new NearbyStops();

    @Override
    public boolean accept(ScoreDirector<RoutePlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedListSwapMove<?> move)) {
            return !(selected instanceof SelectorBasedNoChangeMove<?>);
        }
        Vehicle vehicle = (Vehicle) (move.getLeftEntity() != null ? move.getLeftEntity() : move.getRightEntity());
        if (vehicle == null) {
            return true;
        }
        return nearby.swapIsNear(vehicle, (Stop) move.getLeftValue(), (Stop) move.getRightValue());
    }
}
