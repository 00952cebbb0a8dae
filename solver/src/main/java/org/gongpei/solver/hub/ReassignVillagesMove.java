package org.gongpei.solver.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/** Moves several villages to new depots at once: how {@link DepotMoves} opens or closes a depot. */
final class ReassignVillagesMove implements Move<HubAssignmentPlan> {

    /** One village and the depot it moves to. */
    record Reassignment(VillageAssignment village, Depot depot) {
    }

    private final String description;
    private final List<Reassignment> reassignments;

    ReassignVillagesMove(String description, List<Reassignment> reassignments) {
        this.description = description;
        this.reassignments = List.copyOf(reassignments);
    }

    @Override
    public void execute(MutableSolutionView<HubAssignmentPlan> view) {
        PlanningVariableMetaModel<HubAssignmentPlan, VillageAssignment, Depot> depot = view.getSolutionMetaModel()
                .genuineEntity(VillageAssignment.class).basicVariable("depot", Depot.class);
        for (Reassignment reassignment : reassignments) {
            view.changeVariable(depot, reassignment.village(), reassignment.depot());
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        List<Object> villages = new ArrayList<>(reassignments.size());
        reassignments.forEach(reassignment -> villages.add(reassignment.village()));
        return villages;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return reassignments.stream().map(Reassignment::depot).distinct().<Object>map(depot -> depot).toList();
    }

    List<Reassignment> reassignments() {
        return reassignments;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public String toString() {
        return description + " " + reassignments.size() + " villages";
    }
}
