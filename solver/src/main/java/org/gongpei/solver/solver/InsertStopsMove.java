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

    private final List<RegretInsertion.Insertion> insertions;
    private PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> stops;

    InsertStopsMove(List<RegretInsertion.Insertion> insertions) {
        this.insertions = List.copyOf(insertions);
    }

    /** Sets the list variable's meta model before execution. */
    InsertStopsMove on(PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> listVariable) {
        this.stops = listVariable;
        return this;
    }

    @Override
    public void execute(MutableSolutionView<RoutePlan> view) {
        for (RegretInsertion.Insertion insertion : insertions) {
            view.assignValueAndAdd(stops, insertion.stop(), insertion.vehicle(), insertion.index());
        }
    }
}
