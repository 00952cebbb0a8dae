package org.gongpei.solver.siting;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.gongpei.solver.timefold.StationSwapFilter;

/**
 * Solves a {@link SitingPlan} reproducibly for a given random seed: the start of {@link StationStart} (today's
 * stations kept, forced ones added), then late acceptance over single choice changes, swaps that move a station
 * to another village and, more rarely, ruin and recreate of 2 to 6 villages (several stations moved at once, which
 * single moves cannot do without breaking a rule on the way), until the time limit or a quarter of it (at least
 * 1 s) without improvement.
 * One siter may run several solves at once, on different threads.
 */
public final class StationSiter {

    /** Late acceptance window in steps. */
    static final int LATE_ACCEPTANCE_SIZE = 100;

    /** Villages a ruin-and-recreate move clears and chooses again, one at a time, each at its best choice. */
    static final int RUINED_MIN = 2;
    static final int RUINED_MAX = 6;
    /** Probability weight of ruin and recreate against 1 for change and 1 for swap moves. */
    static final double RUIN_RECREATE_WEIGHT = 0.2;

    private static final Duration MIN_UNIMPROVED_LIMIT = Duration.ofSeconds(1);

    private final SolverFactory<SitingPlan> factory;

    /** @param timeLimit wall-clock limit of a solve, positive; random seed 0 */
    public StationSiter(Duration timeLimit) {
        this(timeLimit, 0L);
    }

    /**
     * @param timeLimit wall-clock limit of a solve, positive
     * @param randomSeed the search's random seed: the same seed, problem and limit give the same plan unless the time
     *        limit cuts the search at a different step
     * @throws IllegalArgumentException when the time limit is not positive
     */
    public StationSiter(Duration timeLimit, long randomSeed) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        Duration unimproved = timeLimit.dividedBy(4).compareTo(MIN_UNIMPROVED_LIMIT) > 0
                ? timeLimit.dividedBy(4) : MIN_UNIMPROVED_LIMIT;
        this.factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(SitingPlan.class)
                .withEntityClasses(VillageSite.class)
                .withConstraintProviderClass(SitingConstraintProvider.class)
                .withRandomSeed(randomSeed)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimproved))
                .withPhases(
                        // after StationStart nothing is left to construct; kept for a plan with unassigned villages
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(List.of(
                                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                        new SwapMoveSelectorConfig().withFilterClass(StationSwapFilter.class)
                                                .withFixedProbabilityWeight(1.0),
                                        new RuinRecreateMoveSelectorConfig()
                                                .withMinimumRuinedCount(RUINED_MIN).withMaximumRuinedCount(RUINED_MAX)
                                                .withFixedProbabilityWeight(RUIN_RECREATE_WEIGHT))))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))));
    }

    /**
     * Solves the problem; the problem itself is not modified. When some village comes without a choice, the search
     * starts from {@link StationStart}; when every village has one, from those choices.
     *
     * @param problem the villages, townships, distances and rules
     * @return the best plan found, with its score
     * @throws IllegalArgumentException when a village comes with a choice it does not allow
     */
    public SitingPlan solve(SitingPlan problem) {
        return solve(problem, stop -> {
        });
    }

    /**
     * Solves the problem like {@link #solve(SitingPlan)}, handing over how to end the search early: the plan is then
     * the best found so far.
     *
     * @param problem the villages, townships, distances and rules
     * @param onStop takes the action that ends this solve's search early
     * @return the best plan found, with its score
     * @throws IllegalArgumentException when a village comes with a choice it does not allow
     */
    public SitingPlan solve(SitingPlan problem, Consumer<Runnable> onStop) {
        if (problem == null) {
            throw new IllegalArgumentException("The problem to solve is null.");
        }
        for (VillageSite village : problem.getVillages()) {
            if (village.getChoice() != null && !village.allows(village.getChoice())) {
                throw new IllegalArgumentException("Village " + village.label() + " is set to " + village.getChoice()
                        + ", which it does not allow.");
            }
        }
        SitingPlan start = problem.copy();
        if (start.getVillages().isEmpty()) {
            start.setScore(HardSoftScore.ZERO);
            return start;
        }
        if (start.getVillages().stream().anyMatch(village -> village.getChoice() == null)) {
            StationStart.apply(start);
        }
        Solver<SitingPlan> solver = factory.buildSolver();
        onStop.accept(solver::terminateEarly);
        return solver.solve(start);
    }
}
