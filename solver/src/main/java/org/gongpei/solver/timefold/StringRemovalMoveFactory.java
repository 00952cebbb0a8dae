package org.gongpei.solver.timefold;

import java.util.Iterator;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.solver.StringRemovals;

/**
 * Gives the route search an endless stream of random string removal moves ({@link StringRemovals}). The moves
 * need the vehicles' list variable, which only the inner score director's solution descriptor hands out.
 */
public final class StringRemovalMoveFactory implements MoveIteratorFactory<RoutePlan, Move<RoutePlan>> {

    private final StringRemovals removals = new StringRemovals();

    @Override
    public long getSize(ScoreDirector<RoutePlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getStops().size();
    }

    @Override
    public Iterator<Move<RoutePlan>> createOriginalMoveIterator(ScoreDirector<RoutePlan> scoreDirector) {
        throw new UnsupportedOperationException("String removal moves are random only.");
    }

    @Override
    public Iterator<Move<RoutePlan>> createRandomMoveIterator(ScoreDirector<RoutePlan> scoreDirector,
            RandomGenerator random) {
        @SuppressWarnings("unchecked")
        PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> listVariable =
                ((InnerScoreDirector<RoutePlan, ?>) scoreDirector).getSolutionDescriptor().getMetaModel()
                        .genuineEntity(Vehicle.class).listVariable();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<RoutePlan> next() {
                return removals.next(scoreDirector.getWorkingSolution(), listVariable, random);
            }
        };
    }
}
