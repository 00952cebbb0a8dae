package org.gongpei.solver.timefold;

import ai.timefold.solver.core.impl.heuristic.move.SelectorBasedNoChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SelectorBasedListChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.solver.NearbyStops;

/**
 * Accepts a list change move only if the moved stop lands next to one of its near neighbours or in an
 * empty route ({@link NearbyStops#changeLandsNear}). Moves that assign or unassign an optional stop pass; moves
 * that change nothing do not.
 */
public final class NearbyListChangeFilter implements SelectionFilter<RoutePlan, Object> {

    private final NearbyStops nearby = new NearbyStops();

    @Override
    public boolean accept(ScoreDirector<RoutePlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedListChangeMove<?> move)) {
            return !(selected instanceof SelectorBasedNoChangeMove<?>);
        }
        return nearby.changeLandsNear((Vehicle) move.getSourceEntity(), move.getSourceIndex(),
                (Vehicle) move.getDestinationEntity(), move.getDestinationIndex(), (Stop) move.getMovedValue());
    }
}
