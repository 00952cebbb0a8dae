package org.gongpei.solver.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * Regret-2 insertion, the construction phase before local search: repeatedly inserts the unassigned stop
 * whose cheapest feasible insertion beats its cheapest insertion into any other route by the most (so
 * stops with few good options go first), at its cheapest position. Stops without a feasible insertion
 * are left for the next phase. Insertion costs are kept per stop and route and only recomputed for the
 * route that changed.
 */
public final class RegretInsertion implements PhaseCommand<RoutePlan> {

    private static final long NONE = RouteEvaluator.INFEASIBLE;

    @Override
    public void changeWorkingSolution(PhaseCommandContext<RoutePlan> context) {
        RoutePlan plan = context.getWorkingSolution();
        List<Vehicle> vehicles = plan.getVehicles();
        List<List<Stop>> routes = new ArrayList<>();
        Set<Stop> assigned = new HashSet<>();
        for (Vehicle vehicle : vehicles) {
            routes.add(new ArrayList<>(vehicle.getStops()));
            assigned.addAll(vehicle.getStops());
        }
        List<Stop> open = new ArrayList<>();
        for (Stop stop : plan.getStops()) {
            if (!assigned.contains(stop)) {
                open.add(stop);
            }
        }
        InsertionTable table = new InsertionTable(vehicles, routes, open);
        List<Insertion> done = new ArrayList<>();
        while (!context.isPhaseTerminated()) {
            int chosen = table.highestRegret();
            if (chosen < 0) {
                break;
            }
            Insertion insertion = table.insert(chosen);
            done.add(insertion);
        }
        if (!done.isEmpty()) {
            PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> listVariable =
                    context.getSolutionMetaModel().genuineEntity(Vehicle.class).listVariable();
            context.execute(new InsertStopsMove(listVariable, done));
        }
    }

    /** One stop put into a vehicle's list at an index valid at the time of its insertion. */
    record Insertion(Stop stop, Vehicle vehicle, int index) {
    }

    /** Cheapest insertion cost and position of each open stop in each route. */
    private static final class InsertionTable {
        private final RouteEvaluator evaluator = new RouteEvaluator();
        private final List<Vehicle> vehicles;
        private final List<List<Stop>> routes;
        private final List<Stop> open;
        private final long[] routeCosts;
        private final long[][] deltas;
        private final int[][] positions;
        private final boolean[] inserted;

        InsertionTable(List<Vehicle> vehicles, List<List<Stop>> routes, List<Stop> open) {
            this.vehicles = vehicles;
            this.routes = routes;
            this.open = open;
            this.routeCosts = new long[vehicles.size()];
            this.deltas = new long[open.size()][vehicles.size()];
            this.positions = new int[open.size()][vehicles.size()];
            this.inserted = new boolean[open.size()];
            for (int v = 0; v < vehicles.size(); v++) {
                refreshRoute(v);
            }
        }

        private void refreshRoute(int v) {
            Vehicle vehicle = vehicles.get(v);
            List<Stop> route = routes.get(v);
            routeCosts[v] = evaluator.cost(vehicle, route, null, 0);
            for (int s = 0; s < open.size(); s++) {
                if (inserted[s]) {
                    continue;
                }
                long best = NONE;
                int bestPosition = -1;
                if (routeCosts[v] != NONE) {
                    for (int p = 0; p <= route.size(); p++) {
                        long cost = evaluator.cost(vehicle, route, open.get(s), p);
                        if (cost != NONE && cost - routeCosts[v] < best) {
                            best = cost - routeCosts[v];
                            bestPosition = p;
                        }
                    }
                }
                deltas[s][v] = best;
                positions[s][v] = bestPosition;
            }
        }

        /** @return the open stop with the highest regret-2 value, or -1 if none can be inserted */
        int highestRegret() {
            int chosen = -1;
            long chosenRegret = -1;
            long chosenBest = NONE;
            for (int s = 0; s < open.size(); s++) {
                if (inserted[s]) {
                    continue;
                }
                long best = NONE;
                long second = NONE;
                boolean emptyRouteSeen = false;
                for (int v = 0; v < vehicles.size(); v++) {
                    if (routes.get(v).isEmpty()) {
                        // Idle vehicles are interchangeable options: count only the first one, so that a
                        // stop is not considered flexible just because the fleet has spare vehicles.
                        if (emptyRouteSeen) {
                            continue;
                        }
                        emptyRouteSeen = true;
                    }
                    long delta = deltas[s][v];
                    if (delta < best) {
                        second = best;
                        best = delta;
                    } else if (delta < second) {
                        second = delta;
                    }
                }
                if (best == NONE) {
                    continue;
                }
                long regret = second == NONE ? Long.MAX_VALUE : second - best;
                if (regret > chosenRegret || regret == chosenRegret && best < chosenBest) {
                    chosen = s;
                    chosenRegret = regret;
                    chosenBest = best;
                }
            }
            return chosen;
        }

        /** Inserts an open stop at its cheapest position and updates that route's insertion costs. */
        Insertion insert(int s) {
            int bestVehicle = 0;
            for (int v = 1; v < vehicles.size(); v++) {
                if (deltas[s][v] < deltas[s][bestVehicle]) {
                    bestVehicle = v;
                }
            }
            int index = positions[s][bestVehicle];
            routes.get(bestVehicle).add(index, open.get(s));
            inserted[s] = true;
            refreshRoute(bestVehicle);
            return new Insertion(open.get(s), vehicles.get(bestVehicle), index);
        }
    }
}
