package org.gongpei.solver.calendar;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Chooses a visit pattern per village ({@link CalendarSolution}), reproducibly (random seed 0): first fit,
 * then late acceptance over pattern changes, until the time limit or a quarter of it without improvement.
 */
public final class PatternChooser {

    private static final int LATE_ACCEPTANCE_SIZE = 50;

    private final SolverFactory<CalendarSolution> factory;
    /** Completes a construction that the time limit cut short. */
    private final SolverFactory<CalendarSolution> constructionOnly;

    /** @param timeLimit wall-clock limit of a solve, positive */
    public PatternChooser(Duration timeLimit) {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        Duration unimproved = timeLimit.dividedBy(4).compareTo(Duration.ofMillis(500)) > 0
                ? timeLimit.dividedBy(4) : Duration.ofMillis(500);
        this.constructionOnly = SolverFactory.create(new SolverConfig()
                .withSolutionClass(CalendarSolution.class)
                .withEntityClasses(VillageVisits.class)
                .withConstraintProviderClass(CalendarConstraintProvider.class)
                .withRandomSeed(0L)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT)));
        this.factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(CalendarSolution.class)
                .withEntityClasses(VillageVisits.class)
                .withConstraintProviderClass(CalendarConstraintProvider.class)
                .withRandomSeed(0L)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimproved))
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new ChangeMoveSelectorConfig())
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))));
    }

    /**
     * @param problem the villages and days; not modified
     * @return the solved copy
     */
    public CalendarSolution solve(CalendarSolution problem) {
        CalendarSolution best = factory.buildSolver().solve(problem);
        if (best.getVillages().stream().anyMatch(village -> village.getPattern() == null)) {
            // the time limit ran out during construction (a loaded machine): finish it, whatever it takes
            return constructionOnly.buildSolver().solve(best);
        }
        return best;
    }
}
