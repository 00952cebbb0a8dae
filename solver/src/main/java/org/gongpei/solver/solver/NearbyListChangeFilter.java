package org.gongpei.solver.solver;

import java.util.List;

import ai.timefold.solver.core.impl.heuristic.move.SelectorBasedNoChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SelectorBasedListChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * Accepts a list change move only if the moved stop lands next to one of its near neighbours or in an
 * empty route. Moves that assign or unassign an optional stop pass; moves that change nothing do not.
 */
public final class NearbyListChangeFilter implements SelectionFilter<RoutePlan, Object> {

    private final NeighbourLists.Lookup neighbours = new NeighbourLists.Lookup();

    @Override
    public boolean accept(ScoreDirector<RoutePlan> scoreDirector, Object selected) {
        if (!(selected instanceof SelectorBasedListChangeMove<?> move)) {
            return !(selected instanceof SelectorBasedNoChangeMove<?>);
        }
        Vehicle destination = (Vehicle) move.getDestinationEntity();
        boolean sameRoute = move.getSourceEntity() == destination;
        return landsNearNeighbour(destination.getStops(), sameRoute ? move.getSourceIndex() : -1,
                move.getDestinationIndex(), (Stop) move.getMovedValue(), neighbours.of(destination.getMatrix()));
    }

    /**
     * @param route the destination route before the move
     * @param removedIndex the moved stop's index if it comes from this route, else -1
     * @param destinationIndex where it is inserted, in the route after its removal
     * @return whether the stop before or after the insertion point is a near neighbour of the moved stop
     */
    static boolean landsNearNeighbour(List<Stop> route, int removedIndex, int destinationIndex, Stop moved,
            NeighbourLists neighbours) {
        int size = route.size() - (removedIndex >= 0 ? 1 : 0);
        if (size == 0) {
            return true;
        }
        int index = Math.min(destinationIndex, size);
        int location = moved.getLocationIndex();
        return index > 0 && neighbours.isNear(location, afterRemoval(route, removedIndex, index - 1).getLocationIndex())
                || index < size && neighbours.isNear(location, afterRemoval(route, removedIndex, index).getLocationIndex());
    }

    private static Stop afterRemoval(List<Stop> route, int removedIndex, int index) {
        return route.get(removedIndex < 0 || index < removedIndex ? index : index + 1);
    }
}
