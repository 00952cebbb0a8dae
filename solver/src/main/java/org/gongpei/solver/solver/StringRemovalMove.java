package org.gongpei.solver.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * Ruin and recreate by strings: removes a string of consecutive stops from each of a few nearby routes, then
 * puts every removed stop back at its cheapest feasible position over all routes, in a random or a
 * farthest-from-the-depot-first order, skipping each candidate position with a small probability ("blinks").
 * A stop without a feasible position stays unassigned, for the score to judge. After Christiaens and Vanden
 * Berghe's slack induction by string removals (Transportation Science 54(2), 2020).
 */
final class StringRemovalMove implements Move<RoutePlan> {

    /** Probability of skipping a candidate position while recreating. */
    static final double BLINK_RATE = 0.01;

    private final PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> stops;
    private final List<Vehicle> vehicles;
    private final List<Removal> removals;
    private final long recreateSeed;

    /** A string of {@code length} stops from {@code fromIndex} of a vehicle's list. */
    record Removal(Vehicle vehicle, int fromIndex, int length) {
    }

    /**
     * @param stops the vehicles' planning list variable
     * @param vehicles every vehicle, the candidates for re-insertion
     * @param removals at most one per vehicle
     * @param recreateSeed seed of the order and the blinks of the re-insertion
     */
    StringRemovalMove(PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> stops, List<Vehicle> vehicles,
            List<Removal> removals, long recreateSeed) {
        this.stops = stops;
        this.vehicles = vehicles;
        this.removals = List.copyOf(removals);
        this.recreateSeed = recreateSeed;
    }

    @Override
    public void execute(MutableSolutionView<RoutePlan> view) {
        List<Stop> removed = new ArrayList<>();
        Map<Stop, Long> depotMetres = new IdentityHashMap<>();
        for (Removal removal : removals) {
            Vehicle vehicle = removal.vehicle();
            for (int i = removal.fromIndex() + removal.length() - 1; i >= removal.fromIndex(); i--) {
                Stop stop = view.unassignValue(stops, vehicle, i);
                removed.add(stop);
                depotMetres.put(stop, vehicle.getMatrix().distanceMetres(vehicle.getDepotLocationIndex(),
                        stop.getLocationIndex()));
            }
        }
        Random random = new Random(recreateSeed);
        if (random.nextBoolean()) {
            Collections.shuffle(removed, random);
        } else {
            removed.sort(Comparator.comparingLong((Stop stop) -> depotMetres.get(stop)).reversed());
        }
        RouteEvaluator evaluator = new RouteEvaluator();
        Map<Vehicle, Long> routeCosts = new IdentityHashMap<>();
        for (Stop stop : removed) {
            Vehicle bestVehicle = null;
            int bestIndex = -1;
            long bestDelta = RouteEvaluator.INFEASIBLE;
            for (Vehicle vehicle : vehicles) {
                if (vehicle.isPinned()) {
                    continue;
                }
                List<Stop> route = vehicle.getStops();
                long before = routeCosts.computeIfAbsent(vehicle, v -> evaluator.cost(v, route, null, 0));
                if (before == RouteEvaluator.INFEASIBLE) {
                    continue;
                }
                for (int index = vehicle.getFirstUnpinnedIndex(); index <= route.size(); index++) {
                    if (random.nextDouble() < BLINK_RATE) {
                        continue;
                    }
                    long cost = evaluator.cost(vehicle, route, stop, index);
                    if (cost != RouteEvaluator.INFEASIBLE && cost - before < bestDelta) {
                        bestDelta = cost - before;
                        bestVehicle = vehicle;
                        bestIndex = index;
                    }
                }
            }
            if (bestVehicle != null) {
                view.assignValueAndAdd(stops, stop, bestVehicle, bestIndex);
                routeCosts.remove(bestVehicle);
            }
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return new ArrayList<>(removals.stream().map(Removal::vehicle).toList());
    }

    @Override
    public String describe() {
        return "StringRemoval";
    }

    @Override
    public String toString() {
        return "StringRemoval" + removals;
    }
}
