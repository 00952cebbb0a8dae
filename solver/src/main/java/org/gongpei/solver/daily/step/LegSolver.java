package org.gongpei.solver.daily.step;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.solver.SearchConfigs.Search;
import org.gongpei.solver.solver.SearchConfigs;

/**
 * Solves the route plans of one daily plan with the routing engine, within a budget each, and stops them
 * all on request. A plan whose search was stopped early is completed by the construction phases alone,
 * so a stop never leaves stops unplanned that the construction would have placed.
 */
public final class LegSolver {

    /** Below this budget a leg only runs the construction phases. */
    static final Duration MIN_SEARCH = Duration.ofMillis(200);

    private final Set<Solver<RoutePlan>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopRequested;
    private volatile SolutionManager<RoutePlan, HardMediumSoftScore> solutionManager;

    /**
     * @param budget time for construction and local search; construction always completes
     * @param randomSeed the local search's random seed
     * @param bestScore told of each new best score (as text); may be called from this thread only
     */
    public RoutePlan solve(RoutePlan problem, Duration budget, long randomSeed, Consumer<String> bestScore) {
        if (problem.getStops().isEmpty()) {
            return problem;
        }
        if (stopRequested || budget.compareTo(MIN_SEARCH) < 0) {
            return construct(problem);
        }
        // ruin and recreate: at 60 s it finds the vehicles a plan of 600 s without it saves (benchmarks/daily-plan.md)
        SolverConfig config = SearchConfigs.config(Search.NEARBY, budget, true).withRandomSeed(randomSeed);
        Solver<RoutePlan> solver = SolverFactory.<RoutePlan>create(config).buildSolver();
        solver.addEventListener(event -> bestScore.accept(String.valueOf(event.getNewBestScore())));
        running.add(solver);
        RoutePlan solved;
        try {
            if (stopRequested) {
                return construct(problem);
            }
            solved = solver.solve(problem);
        } finally {
            running.remove(solver);
        }
        return stopRequested ? construct(solved) : solved;
    }

    /**
     * Recomputes the times, loads and score of a plan after a change the solver did not make (a wait set on a
     * vehicle, a stop taken off a route).
     *
     * @return the plan's score
     */
    public HardMediumSoftScore update(RoutePlan plan) {
        SolutionManager<RoutePlan, HardMediumSoftScore> manager = solutionManager;
        if (manager == null) {
            manager = SolutionManager.create(SolverFactory.create(
                    SearchConfigs.config(Search.NEARBY, Duration.ofSeconds(1), false)));
            solutionManager = manager;
        }
        return manager.update(plan);
    }

    /** Stops every running leg; later legs only run their construction phases. */
    public void stop() {
        stopRequested = true;
        running.forEach(Solver::terminateEarly);
    }

    boolean stopRequested() {
        return stopRequested;
    }

    private static RoutePlan construct(RoutePlan plan) {
        SolverConfig full = SearchConfigs.config(Search.NEARBY, Duration.ofSeconds(1), false);
        List<PhaseConfig> construction = full.getPhaseConfigList().subList(0, 2);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(full.getSolutionClass())
                .withEntityClassList(full.getEntityClassList())
                .withConstraintProviderClass(full.getScoreDirectorFactoryConfig().getConstraintProviderClass())
                .withRandomSeed(0L)
                .withPhaseList(List.copyOf(construction));
        return SolverFactory.<RoutePlan>create(config).buildSolver().solve(plan);
    }
}
