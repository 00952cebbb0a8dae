package org.gongpei.solver.timefold;

import java.util.Iterator;
import java.util.random.RandomGenerator;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;

import org.gongpei.solver.hub.DepotMoves;
import org.gongpei.solver.hub.HubAssignmentPlan;

/** Gives the hub search the moves of {@link DepotMoves}, which open and close a depot at once. */
public final class DepotMoveFactory implements MoveIteratorFactory<HubAssignmentPlan, Move<HubAssignmentPlan>> {

    @Override
    public long getSize(ScoreDirector<HubAssignmentPlan> scoreDirector) {
        return DepotMoves.count(scoreDirector.getWorkingSolution());
    }

    @Override
    public Iterator<Move<HubAssignmentPlan>> createOriginalMoveIterator(ScoreDirector<HubAssignmentPlan> scoreDirector) {
        return DepotMoves.all(scoreDirector.getWorkingSolution());
    }

    @Override
    public Iterator<Move<HubAssignmentPlan>> createRandomMoveIterator(ScoreDirector<HubAssignmentPlan> scoreDirector,
            RandomGenerator random) {
        return DepotMoves.random(scoreDirector.getWorkingSolution(), random);
    }
}
