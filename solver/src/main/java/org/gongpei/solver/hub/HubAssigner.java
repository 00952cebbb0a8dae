package org.gongpei.solver.hub;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.gongpei.solver.timefold.DepotMoveFactory;
import org.gongpei.solver.timefold.UsefulSwapFilter;

/**
 * Solves a {@link HubAssignmentPlan}, reproducibly (random seed 0): a construction heuristic, a steepest descent
 * that opens and closes depots ({@link DepotMoves}), then late acceptance over single-village changes,
 * swaps and, rarely, opening and closing depots.
 * One assigner may run several solves at once, on different threads.
 */
public final class HubAssigner {

    /** Late acceptance window in steps (10 to 400 measured on 700 villages and 21 depots; 20 was best). */
    static final int LATE_ACCEPTANCE_SIZE = 20;

    /**
     * Probability weight of opening and closing depots against 1 for change and 1 for swap moves. Such a move
     * rescans every village, so it is kept rare once the depot phase has chosen the depots (0.02 to 1 measured).
     */
    static final double DEPOT_MOVE_WEIGHT = 0.02;

    /** Steps without improvement after which the depot phase ends (it normally ends when no move improves). */
    private static final int DEPOT_PHASE_UNIMPROVED_STEPS = 5;

    private static final Duration MIN_UNIMPROVED_LIMIT = Duration.ofSeconds(1);

    private final SolverFactory<HubAssignmentPlan> factory;
    /** Completes a construction that the time limit cut short. */
    private final SolverFactory<HubAssignmentPlan> constructionOnly;
    private final Set<Run> runs = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Run> currentRun = new ThreadLocal<>();

    /**
     * @param timeLimit wall-clock limit of a solve; a solve also stops when the best score has not improved for
     *        {@code max(1 s, timeLimit / 4)}
     * @throws IllegalArgumentException when the time limit is not positive
     */
    public HubAssigner(Duration timeLimit) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        this.factory = SolverFactory.create(config(timeLimit, this::repeatTerminationRequest));
        this.constructionOnly = SolverFactory.create(new SolverConfig()
                .withSolutionClass(HubAssignmentPlan.class)
                .withEntityClasses(VillageAssignment.class)
                .withConstraintProviderClass(HubAssignmentConstraintProvider.class)
                .withRandomSeed(0L)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING)));
    }

    static SolverConfig config(Duration timeLimit, PhaseCommand<HubAssignmentPlan> startCommand) {
        Duration unimprovedLimit = timeLimit.dividedBy(4).compareTo(MIN_UNIMPROVED_LIMIT) > 0
                ? timeLimit.dividedBy(4) : MIN_UNIMPROVED_LIMIT;
        return new SolverConfig()
                .withSolutionClass(HubAssignmentPlan.class)
                .withEntityClasses(VillageAssignment.class)
                .withConstraintProviderClass(HubAssignmentConstraintProvider.class)
                .withRandomSeed(0L)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit))
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(startCommand),
                        // Largest villages first, each to the depot that worsens the score least: as in bin
                        // packing, big items placed while every depot still has room leave the small ones to fill
                        // the gaps. Cheapest insertion would rescan all villages at every step (villages² × depots).
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        depotPhase(),
                        mainLocalSearch());
    }

    /**
     * Steepest descent over opening and closing depots: the construction puts every village where it is cheapest
     * alone, which leaves hubs unopened when no single village pays for opening one.
     */
    private static LocalSearchPhaseConfig depotPhase() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(DepotMoveFactory.class)
                        .withSelectionOrder(SelectionOrder.ORIGINAL))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)))
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedStepCountLimit(DEPOT_PHASE_UNIMPROVED_STEPS));
    }

    private static LocalSearchPhaseConfig mainLocalSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(List.of(
                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        new SwapMoveSelectorConfig().withFilterClass(UsefulSwapFilter.class)
                                .withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(DepotMoveFactory.class)
                                .withFixedProbabilityWeight(DEPOT_MOVE_WEIGHT))))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * Solves the problem; the problem itself is not modified. Every village gets a depot even when the time limit
     * runs out during construction (the construction then finishes past it); only when {@link #terminateEarly()}
     * stops the solve during construction may some villages of the result still have no depot.
     *
     * @param problem the villages and depots; villages with a depot set are a warm start
     * @param bestScoreListener told of each new best score once every village has a depot, on the solving thread;
     *        may be null
     * @return the best plan found, with its score
     */
    public HubAssignmentPlan solve(HubAssignmentPlan problem, Consumer<HardSoftScore> bestScoreListener) {
        if (problem == null) {
            throw new IllegalArgumentException("The problem to solve is null.");
        }
        if (problem.getVillages().isEmpty()) {
            HubAssignmentPlan nothingToAssign = new HubAssignmentPlan(problem.getDepots(), List.of());
            nothingToAssign.setScore(HardSoftScore.ZERO);
            return nothingToAssign;
        }
        Solver<HubAssignmentPlan> solver = factory.buildSolver();
        if (bestScoreListener != null) {
            solver.addEventListener(event -> {
                if (event.isNewBestSolutionInitialized()) {
                    bestScoreListener.accept((HardSoftScore) event.getNewBestScore());
                }
            });
        }
        Run run = new Run(solver);
        runs.add(run);
        currentRun.set(run);
        try {
            HubAssignmentPlan best = solver.solve(problem);
            if (!run.terminationRequested && best.getVillages().stream().anyMatch(v -> v.getDepot() == null)) {
                // the time limit ran out during construction (a loaded machine): finish it, whatever it takes
                return constructionOnly.buildSolver().solve(best);
            }
            return best;
        } finally {
            currentRun.remove();
            runs.remove(run);
        }
    }

    /** Thread-safe: makes every running {@link #solve} return its best plan so far. No effect on later solves. */
    public void terminateEarly() {
        for (Run run : runs) {
            run.terminationRequested = true;
            run.solver.terminateEarly();
        }
    }

    /**
     * First phase of every solve, on the solving thread: Timefold clears a termination request when a solve starts,
     * so a request that came in between {@link #solve} registering the run and the solver starting is repeated.
     */
    private void repeatTerminationRequest(PhaseCommandContext<HubAssignmentPlan> context) {
        Run run = currentRun.get();
        if (run != null && run.terminationRequested) {
            run.solver.terminateEarly();
        }
    }

    private static final class Run {
        private final Solver<HubAssignmentPlan> solver;
        private volatile boolean terminationRequested;

        private Run(Solver<HubAssignmentPlan> solver) {
            this.solver = solver;
        }
    }
}
