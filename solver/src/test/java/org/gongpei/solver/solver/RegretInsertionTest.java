package org.gongpei.solver.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.solver.testing.ScoreFromReport.expectedScore;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.gongpei.solver.solomon.SolomonReader;
import org.gongpei.solver.checker.CheckReport;
import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.checker.Violation;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.testing.RandomProblems;
import org.junit.jupiter.api.Test;

/** The regret construction alone, without local search. */
class RegretInsertionTest {

    private static RoutePlan construct(RoutePlan problem) {
        SolverConfig config = SearchConfigs.config(SearchConfigs.Search.NEARBY, Duration.ofSeconds(10))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RegretInsertion.class)));
        return SolverFactory.<RoutePlan>create(config).buildSolver().solve(problem);
    }

    @Test
    void buildsAFeasibleCompletePlanForSolomonC101() throws IOException, URISyntaxException {
        RoutePlan problem = SolomonReader.read(Path.of(getClass().getResource("/solomon/C101.txt").toURI()), 50);

        RoutePlan plan = construct(problem);
        CheckReport report = new SolutionChecker().check(plan);

        assertThat(report.violations()).isEmpty();
        assertThat(plan.getScore()).isEqualTo(expectedScore(report));
        assertThat(plan.getVehicles().stream().mapToInt(vehicle -> vehicle.getStops().size()).sum()).isEqualTo(50);
        double distance = report.totalDistanceMetres() / (double) SolomonReader.SCALE;
        // C101 with 50 customers: optimum 362.4 with 5 vehicles; the construction alone is within 15 %
        assertThat(distance).isBetween(362.4, 362.4 * 1.15);
    }

    @Test
    void insertsOnlyWhereFeasibleOnMixedProblems() {
        for (long seed = 1; seed <= 5; seed++) {
            RoutePlan problem = RandomProblems.create(seed, 40, 3);

            RoutePlan plan = construct(problem);
            CheckReport report = new SolutionChecker().check(plan);

            assertThat(report.violations()).extracting(Violation::kind)
                    .allMatch(kind -> kind == Violation.Kind.UNASSIGNED_MANDATORY_STOP);
            assertThat(plan.getScore()).isEqualTo(expectedScore(report));
            assertThat(plan.getVehicles()).anyMatch(vehicle -> !vehicle.getStops().isEmpty());
        }
    }
}
