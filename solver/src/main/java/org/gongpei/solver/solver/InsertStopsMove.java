package org.gongpei.solver.solver;

import java.util.List;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/** Assigns unassigned stops to vehicles' lists in the given order, as one move of a custom phase. */
final class InsertStopsMove implements Move<RoutePlan> {

    private final PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> stops;
    private final List<RegretInsertion.Insertion> insertions;

    /**
     * @param stops the vehicles' planning list variable
     * @param insertions in order; each index is valid in its list after the insertions before it
     */
    InsertStopsMove(PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> stops,
            List<RegretInsertion.Insertion> insertions) {
        this.stops = stops;
        this.insertions = List.copyOf(insertions);
    }

    @Override
    public void execute(MutableSolutionView<RoutePlan> view) {
        for (RegretInsertion.Insertion insertion : insertions) {
            view.assignValueAndAdd(stops, insertion.stop(), insertion.vehicle(), insertion.index());
        }
    }
}
