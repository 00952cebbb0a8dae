package org.gongpei.solver.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * Random {@link StringRemovalMove}s: a random seed stop, then the routes of its nearest neighbours, one string
 * each, until a random number of routes is ruined. With at most {@value #MAX_STRING_LENGTH} stops per string
 * and about {@value #AVERAGE_REMOVED} stops removed per move on average (the parameters of the SISR paper).
 */
public final class StringRemovals {

    /** Longest string removed from one route. */
    static final int MAX_STRING_LENGTH = 10;
    /** Average number of stops removed by one move. */
    static final int AVERAGE_REMOVED = 10;
    /**
     * Share of moves that ruin one whole route, the smaller of two random routes, so that its stops find places on
     * the other routes and a vehicle is saved: stop by stop, emptying a route takes many moves that each cost more.
     * Only where vehicles have a fixed cost (a plan that prices distance alone draws none).
     */
    static final double ROUTE_REMOVAL_RATE = 0.1;

    private final NeighbourLists.Lookup neighbours = new NeighbourLists.Lookup();

    /**
     * @param plan the working solution
     * @param listVariable the vehicles' list of stops
     * @return a new random string removal move; it removes nothing when no stop may move
     */
    public Move<RoutePlan> next(RoutePlan plan, PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> listVariable,
            RandomGenerator random) {
        List<Vehicle> vehicles = plan.getVehicles();
        Map<Integer, List<Stop>> stopsAt = new HashMap<>();
        List<Stop> movable = new ArrayList<>();
        List<Vehicle> routes = new ArrayList<>();
        for (Vehicle vehicle : vehicles) {
            if (vehicle.isPinned() || vehicle.getStops().size() <= vehicle.getFirstUnpinnedIndex()) {
                continue;
            }
            routes.add(vehicle);
            List<Stop> route = vehicle.getStops();
            for (int i = vehicle.getFirstUnpinnedIndex(); i < route.size(); i++) {
                movable.add(route.get(i));
                stopsAt.computeIfAbsent(route.get(i).getLocationIndex(), location -> new ArrayList<>()).add(route.get(i));
            }
        }
        List<StringRemovalMove.Removal> removals = new ArrayList<>();
        if (movable.isEmpty()) {
            return new StringRemovalMove(listVariable, vehicles, removals, random.nextLong());
        }
        if (routes.size() > 1 && routes.getFirst().getFixedCost() > 0 && random.nextDouble() < ROUTE_REMOVAL_RATE) {
            Vehicle one = routes.get(random.nextInt(routes.size()));
            Vehicle other = routes.get(random.nextInt(routes.size()));
            Vehicle smaller = unpinned(one) <= unpinned(other) ? one : other;
            removals.add(new StringRemovalMove.Removal(smaller, smaller.getFirstUnpinnedIndex(), unpinned(smaller)));
            return new StringRemovalMove(listVariable, vehicles, removals, random.nextLong());
        }
        Stop seed = movable.get(random.nextInt(movable.size()));
        int longest = Math.max(1, Math.min(MAX_STRING_LENGTH, movable.size() / routes.size()));
        int mostRoutes = Math.max(1, 4 * AVERAGE_REMOVED / (1 + longest) - 1);
        int routesToRuin = 1 + random.nextInt(mostRoutes);
        Set<Vehicle> ruined = new HashSet<>();
        NeighbourLists lists = neighbours.of(seed.getVehicle().getMatrix());
        int[] nearest = lists.nearest(seed.getLocationIndex());
        for (int n = -1; n < nearest.length && ruined.size() < routesToRuin; n++) {
            int location = n < 0 ? seed.getLocationIndex() : nearest[n];
            for (Stop stop : stopsAt.getOrDefault(location, List.of())) {
                Vehicle vehicle = stop.getVehicle();
                if (ruined.size() == routesToRuin || !ruined.add(vehicle)) {
                    continue;
                }
                List<Stop> route = vehicle.getStops();
                int first = vehicle.getFirstUnpinnedIndex();
                int length = 1 + random.nextInt(Math.min(longest, route.size() - first));
                int index = route.indexOf(stop);
                int from = Math.max(first, Math.min(index - random.nextInt(length), route.size() - length));
                removals.add(new StringRemovalMove.Removal(vehicle, from, length));
            }
        }
        return new StringRemovalMove(listVariable, vehicles, removals, random.nextLong());
    }

    private static int unpinned(Vehicle vehicle) {
        return vehicle.getStops().size() - vehicle.getFirstUnpinnedIndex();
    }
}
