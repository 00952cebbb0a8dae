package org.gongpei.solver.solver;

import java.util.List;

import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * Whether a list move keeps stops next to their near neighbours ({@link NeighbourLists}), for the search to skip
 * the moves that cannot plausibly improve a route. Remembers the lists of the last matrix asked for.
 */
public final class NearbyStops {

    private final NeighbourLists.Lookup neighbours = new NeighbourLists.Lookup();

    /**
     * @param source the route the stop leaves
     * @param sourceIndex its index there
     * @param destination the route it joins
     * @param destinationIndex where it is inserted, in the destination after the stop's removal
     * @return whether the stop lands next to one of its near neighbours or in an empty route
     */
    public boolean changeLandsNear(Vehicle source, int sourceIndex, Vehicle destination, int destinationIndex,
            Stop moved) {
        boolean sameRoute = source == destination;
        return landsNearNeighbour(destination.getStops(), sameRoute ? sourceIndex : -1, destinationIndex, moved,
                neighbours.of(destination.getMatrix()));
    }

    /** @return whether two stops of the vehicle's matrix are near neighbours */
    public boolean swapIsNear(Vehicle vehicle, Stop left, Stop right) {
        return neighbours.of(vehicle.getMatrix()).isNear(left.getLocationIndex(), right.getLocationIndex());
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
