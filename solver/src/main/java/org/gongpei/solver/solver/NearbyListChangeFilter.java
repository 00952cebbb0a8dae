package org.gongpei.solver.solver;

import java.util.List;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SelectorBasedListChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/** Accepts a list change move only if the moved stop lands next to one of its near neighbours. */
public final class NearbyListChangeFilter implements SelectionFilter<RoutePlan, Object> {

    @Override
    public boolean accept(ScoreDirector<RoutePlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedListChangeMove<?> move)) {
            return false;
        }
        Vehicle destination = (Vehicle) move.getDestinationEntity();
        Stop moved = (Stop) move.getMovedValue();
        List<Stop> route = destination.getStops();
        boolean sameRoute = move.getSourceEntity() == destination;
        int removedIndex = sameRoute ? move.getSourceIndex() : Integer.MAX_VALUE;
        int size = route.size() - (sameRoute ? 1 : 0);
        int index = Math.min(move.getDestinationIndex(), size);
        if (size == 0) {
            return true;
        }
        NeighbourLists neighbours = NeighbourLists.of(destination.getMatrix());
        int location = moved.getLocationIndex();
        return index > 0 && neighbours.isNear(location, afterRemoval(route, removedIndex, index - 1).getLocationIndex())
                || index < size && neighbours.isNear(location, afterRemoval(route, removedIndex, index).getLocationIndex());
    }

    private static Stop afterRemoval(List<Stop> route, int removedIndex, int index) {
        return route.get(index < removedIndex ? index : index + 1);
    }
}
