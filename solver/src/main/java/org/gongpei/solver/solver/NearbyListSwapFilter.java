package org.gongpei.solver.solver;

import ai.timefold.solver.core.impl.heuristic.move.SelectorBasedNoChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SelectorBasedListSwapMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/** Accepts a list swap move only if the two stops are near neighbours. */
public final class NearbyListSwapFilter implements SelectionFilter<RoutePlan, Object> {

    private final NeighbourLists.Lookup lookup = new NeighbourLists.Lookup();

    @Override
    public boolean accept(ScoreDirector<RoutePlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedListSwapMove<?> move)) {
            return !(selected instanceof SelectorBasedNoChangeMove<?>);
        }
        Stop left = (Stop) move.getLeftValue();
        Stop right = (Stop) move.getRightValue();
        Vehicle vehicle = (Vehicle) (move.getLeftEntity() != null ? move.getLeftEntity() : move.getRightEntity());
        if (vehicle == null) {
            return true;
        }
        NeighbourLists neighbours = lookup.of(vehicle.getMatrix());
        return neighbours.isNear(left.getLocationIndex(), right.getLocationIndex());
    }
}
