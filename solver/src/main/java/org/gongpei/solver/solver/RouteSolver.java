package org.gongpei.solver.solver;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.solver.SearchConfigs.Search;

/**
 * Entry point: solves a {@link RoutePlan} within a time limit. Timefold's score analysis is a commercial
 * feature, so per-violation explanations come from {@link org.gongpei.solver.checker.SolutionChecker}.
 */
public final class RouteSolver {

    private final SolverFactory<RoutePlan> factory;
    private final SolverFactory<RoutePlan> factoryForOptionalStops;
    private final SolutionManager<RoutePlan, HardMediumSoftScore> solutionManager;

    /** A solver with the {@link Search#NEARBY} search that stops after the given wall-clock time. */
    public RouteSolver(Duration timeLimit) {
        this(SearchConfigs.config(Search.NEARBY, timeLimit, true), SearchConfigs.config(Search.NEARBY, timeLimit, false));
    }

    /** A solver with one custom configuration, for example from {@link SearchConfigs}. */
    public RouteSolver(SolverConfig config) {
        this(config, config);
    }

    private RouteSolver(SolverConfig config, SolverConfig configForOptionalStops) {
        this.factory = SolverFactory.create(config);
        this.factoryForOptionalStops = config == configForOptionalStops ? factory
                : SolverFactory.create(configForOptionalStops);
        this.solutionManager = SolutionManager.create(factory);
    }

    /** @return the default configuration ({@link Search#NEARBY}) with the time limit */
    public static SolverConfig defaultConfig(Duration timeLimit) {
        return SearchConfigs.config(Search.NEARBY, timeLimit);
    }

    /** @return the best plan found; the problem itself is not modified */
    public RoutePlan solve(RoutePlan problem) {
        boolean hasOptionalStops = problem.getStops().stream().anyMatch(Stop::isOptional);
        return (hasOptionalStops ? factoryForOptionalStops : factory).buildSolver().solve(problem);
    }

    /** Recomputes the shadow variables and the score of a plan whose routes were set by hand. */
    public HardMediumSoftScore update(RoutePlan plan) {
        return solutionManager.update(plan);
    }
}
