package org.gongpei.solver.solver;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/** Entry point: solves a {@link RoutePlan} within a time limit and explains scores. */
public final class RouteSolver {

    private final SolverFactory<RoutePlan> factory;
    private final SolutionManager<RoutePlan, HardMediumSoftScore> solutionManager;

    /** A solver that stops after the given wall-clock time. */
    public RouteSolver(Duration timeLimit) {
        this(defaultConfig(timeLimit));
    }

    /** A solver with a custom configuration, for example from {@link #defaultConfig(Duration)}. */
    public RouteSolver(SolverConfig config) {
        this.factory = SolverFactory.create(config);
        this.solutionManager = SolutionManager.create(factory);
    }

    /** @return the default configuration: domain, constraints, a fixed random seed and the time limit */
    public static SolverConfig defaultConfig(Duration timeLimit) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        return new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Vehicle.class, Stop.class)
                .withConstraintProviderClass(RouteConstraintProvider.class)
                .withRandomSeed(0L)
                .withTerminationSpentLimit(timeLimit);
    }

    /** @return the best plan found; the problem itself is not modified */
    public RoutePlan solve(RoutePlan problem) {
        return factory.buildSolver().solve(problem);
    }

    /** @return the score of a plan broken down per constraint, with justifications */
    public ScoreAnalysis<HardMediumSoftScore> explain(RoutePlan plan) {
        return solutionManager.analyze(plan);
    }

    /** Recomputes the shadow variables and the score of a plan whose routes were set by hand. */
    public HardMediumSoftScore update(RoutePlan plan) {
        return solutionManager.update(plan);
    }
}
