package org.gongpei.service.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongpei.solver.checker.CheckReport;
import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;
import org.junit.jupiter.api.Test;

/** The Timefold extension builds a solver manager for the solver module's route plan inside the service. */
@QuarkusTest
class SolverWiringTest {

    @Inject
    SolverManager<RoutePlan> solverManager;

    @Test
    void solvesARoutePlanThroughTheQuarkusSolverManager() throws Exception {
        // Depot 0 and three villages on a line 2 km apart, 4 minutes per leg.
        int n = 4;
        long[] metres = new long[n * n];
        long[] seconds = new long[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                metres[i * n + j] = Math.abs(i - j) * 2_000L;
                seconds[i * n + j] = Math.abs(i - j) * 240L;
            }
        }
        TravelMatrix matrix = new TravelMatrix(n, metres, seconds);
        Vehicle van = new Vehicle("van-1", 0, matrix).withShift(8 * 3600, 18 * 3600).withCosts(100, 1, 30)
                .withCapacity(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 100));
        List<Stop> stops = List.of(
                new Stop("v1", 1).withDelivery(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 20)),
                new Stop("v2", 2).withDelivery(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 30)),
                new Stop("v3", 3).withDelivery(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 10)));

        RoutePlan solved = solverManager.solveBuilder()
                .withProblemId("wiring")
                .withProblem(new RoutePlan("wiring", List.of(van), stops))
                .withConfigOverride(new SolverConfigOverride().withTerminationSpentLimit(Duration.ofSeconds(2)))
                .run()
                .getFinalBestSolution();

        CheckReport report = new SolutionChecker().check(solved);
        assertThat(report.feasible()).as(report.toString()).isTrue();
        assertThat(solved.getVehicles().get(0).getStops()).hasSize(3);
        assertThat(report.totalDistanceMetres()).isEqualTo(12_000L); // out to 6 km and back
    }

    @Test
    void bothSolversOfTheSolverModuleAreReady() {
        io.restassured.RestAssured.given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'solvers' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'solvers' }.data.hub", org.hamcrest.Matchers.equalTo("HubAssignmentPlan"));
    }
}
