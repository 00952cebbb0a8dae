package org.gongpei.solver.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.gongpei.solver.timefold.NearbyListChangeFilter;
import org.gongpei.solver.timefold.NearbyListSwapFilter;
import org.gongpei.solver.timefold.StringRemovalMoveFactory;

/** Named solver configurations, compared on the Solomon benchmark (see benchmarks/solomon.md). */
public final class SearchConfigs {

    /** The configurations that can be selected by name. */
    public enum Search {
        /** Timefold's default phases: construction heuristic, then late acceptance over all list moves. */
        DEFAULT,
        /**
         * Regret-2 insertion, then diversified late acceptance over change and swap moves restricted to near
         * neighbours, sublist, k-opt and string-removal ruin-and-recreate moves ({@link StringRemovalMove}) with
         * fixed weights (string removal 3, others 1).
         */
        NEARBY
    }

    private SearchConfigs() {
    }

    /**
     * Window of the diversified late acceptance of {@link Search#NEARBY}, in steps. Diversified late
     * acceptance compares with the worst score in a short window (and replaces it), so it needs far fewer
     * steps than plain late acceptance (400 before, see benchmarks/solomon.md).
     */
    public static final int DEFAULT_LATE_ACCEPTANCE_SIZE = 3;

    /** Probability weight of string-removal ruin-and-recreate moves relative to each other move kind (weight 1). */
    static final double STRING_REMOVAL_WEIGHT = 3.0;

    /** @return the configuration for a search strategy, stopping after the time limit */
    public static SolverConfig config(Search search, Duration timeLimit) {
        return config(search, timeLimit, true);
    }

    /** @return as {@link #config(Search, Duration, boolean)} with the default late acceptance window */
    public static SolverConfig config(Search search, Duration timeLimit, boolean ruinAndRecreate) {
        return config(search, timeLimit, ruinAndRecreate, DEFAULT_LATE_ACCEPTANCE_SIZE);
    }

    /**
     * @param ruinAndRecreate whether to add string-removal ruin-and-recreate moves; {@link RouteSolver} gives plans
     *        with optional stops none (that search was tuned and measured without them), the daily planner's legs
     *        have them
     * @param lateAcceptanceSize diversified late acceptance window of {@link Search#NEARBY}, in steps
     * @return the configuration for a search strategy, stopping after the time limit
     */
    public static SolverConfig config(Search search, Duration timeLimit, boolean ruinAndRecreate,
            int lateAcceptanceSize) {
        if (lateAcceptanceSize <= 0) {
            throw new IllegalArgumentException(
                    "The late acceptance size must be positive, got " + lateAcceptanceSize + ".");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(RouteConstraintProvider.class)
                .withRandomSeed(0L)
                .withTerminationSpentLimit(timeLimit);
        if (search == Search.DEFAULT) {
            return config;
        }
        return config.withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE).withPhases(
                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RegretInsertion.class)),
                new ConstructionHeuristicPhaseConfig(),
                nearbyLocalSearch(ruinAndRecreate, lateAcceptanceSize));
    }

    /**
     * The configuration for re-planning a day in progress, where routes are partly pinned and the solver starts
     * from the current routes: Timefold's construction heuristic for what is unassigned (the regret insertion
     * does not know pinning), then diversified late acceptance over nearby change and swap moves only (Timefold
     * 2.2's random sublist selector fails when no list has an unpinned sublist).
     */
    public static SolverConfig replanConfig(Duration timeLimit) {
        SolverConfig config = config(Search.DEFAULT, timeLimit);
        List<MoveSelectorConfig> selectors = List.of(
                new ListChangeMoveSelectorConfig().withFilterClass(NearbyListChangeFilter.class),
                new ListSwapMoveSelectorConfig().withFilterClass(NearbyListSwapFilter.class));
        return config.withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE).withPhases(
                new ConstructionHeuristicPhaseConfig(),
                new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(selectors))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                                .withLateAcceptanceSize(DEFAULT_LATE_ACCEPTANCE_SIZE))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    private static LocalSearchPhaseConfig nearbyLocalSearch(boolean ruinAndRecreate, int lateAcceptanceSize) {
        List<MoveSelectorConfig> selectors = new ArrayList<>(List.of(
                new ListChangeMoveSelectorConfig().withFilterClass(NearbyListChangeFilter.class),
                new ListSwapMoveSelectorConfig().withFilterClass(NearbyListSwapFilter.class),
                new SubListChangeMoveSelectorConfig(),
                new SubListSwapMoveSelectorConfig(),
                new KOptListMoveSelectorConfig()));
        // Fixed weights: by default a union picks a child in proportion to its size, which lets the huge
        // sublist and k-opt neighbourhoods crowd out the nearby change and swap moves.
        selectors.forEach(selector -> selector.setFixedProbabilityWeight(1.0));
        if (ruinAndRecreate) {
            MoveIteratorFactoryConfig strings = new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(StringRemovalMoveFactory.class);
            strings.setFixedProbabilityWeight(STRING_REMOVAL_WEIGHT);
            selectors.add(strings);
        }
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig().withMoveSelectorList(selectors);
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                        .withLateAcceptanceSize(lateAcceptanceSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
