package org.gongpei.solver.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;

import org.gongpei.solver.solomon.SolomonReader;
import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;
import org.junit.jupiter.api.Test;

class StringRemovalMoveTest {

    private static final PlanningSolutionMetaModel<RoutePlan> META_MODEL =
            PlanningSolutionMetaModel.of(RoutePlan.class, Vehicle.class, Stop.class);
    private static final PlanningListVariableMetaModel<RoutePlan, Vehicle, Stop> STOPS =
            META_MODEL.genuineEntity(Vehicle.class).listVariable();

    private static RoutePlan constructedC101() throws IOException, URISyntaxException {
        RoutePlan problem = SolomonReader.read(Path.of(StringRemovalMoveTest.class.getResource("/solomon/C101.txt").toURI()), 50);
        return SolverFactory.<RoutePlan>create(SearchConfigs.config(SearchConfigs.Search.NEARBY, Duration.ofSeconds(10))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RegretInsertion.class))))
                .buildSolver().solve(problem);
    }

    private static List<Vehicle> routesWithStops(RoutePlan plan) {
        return plan.getVehicles().stream().filter(vehicle -> vehicle.getStops().size() >= 4).toList();
    }

    @Test
    void removedStringsGoBackFeasiblyAndNothingIsLost() throws IOException, URISyntaxException {
        RoutePlan plan = constructedC101();
        List<Vehicle> routes = routesWithStops(plan);
        Set<Stop> before = new HashSet<>(plan.getStops());
        List<StringRemovalMove.Removal> removals = List.of(new StringRemovalMove.Removal(routes.get(0), 1, 3),
                new StringRemovalMove.Removal(routes.get(1), 0, 2));

        MoveTester.build(META_MODEL).using(plan).execute(new StringRemovalMove(STOPS, plan.getVehicles(), removals, 7));

        List<Stop> assigned = new ArrayList<>();
        plan.getVehicles().forEach(vehicle -> assigned.addAll(vehicle.getStops()));
        assertThat(assigned).hasSize(50).doesNotHaveDuplicates();
        assertThat(new HashSet<>(assigned)).isEqualTo(before);
        assertThat(new SolutionChecker().check(plan).violations()).isEmpty();
    }

    @Test
    void theSameSeedRecreatesTheSameRoutes() throws IOException, URISyntaxException {
        List<List<String>> results = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            RoutePlan plan = constructedC101();
            List<Vehicle> routes = routesWithStops(plan);
            MoveTester.build(META_MODEL).using(plan).execute(new StringRemovalMove(STOPS, plan.getVehicles(),
                    List.of(new StringRemovalMove.Removal(routes.get(0), 0, 4)), 42));
            results.add(plan.getVehicles().stream().map(vehicle -> vehicle.getStops().toString()).toList());
        }
        assertThat(results.get(0)).isEqualTo(results.get(1));
    }

    @Test
    void stopsBeforeAPinnedIndexStayWhereTheyAre() throws IOException, URISyntaxException {
        RoutePlan plan = constructedC101();
        Vehicle pinned = routesWithStops(plan).get(0);
        List<Stop> fixedPart = List.copyOf(pinned.getStops().subList(0, 2));
        pinned.withPinnedStops(2);
        Vehicle other = routesWithStops(plan).get(1);

        MoveTester.build(META_MODEL).using(plan).execute(new StringRemovalMove(STOPS, plan.getVehicles(),
                List.of(new StringRemovalMove.Removal(other, 0, other.getStops().size())), 3));

        assertThat(pinned.getStops().subList(0, 2)).isEqualTo(fixedPart);
        assertThat(plan.getVehicles().stream().mapToInt(vehicle -> vehicle.getStops().size()).sum()).isEqualTo(50);
    }
}
