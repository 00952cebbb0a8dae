package org.gongpei.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.solver.daily.DailyPlanChecker;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole day planned on the real OpenStreetMap roads north of Bayreuth. */
class BayreuthDailyPlanTest {

    @TempDir
    Path dir;

    @Test
    void plansADayOnRealRoadsThatTheCheckerAccepts() {
        CountyNetworkData county = DemoCounties.bayreuth();
        DayDemand demand = DayDemand.generated(county, LocalDate.of(2025, 6, 17), 1);
        try (RoadNetwork roads = RoadNetwork.open(getClass().getResource(DemoCounties.BAYREUTH_ROADS), dir.resolve("graphs"))) {
            DailyProblem problem = DailyProblems.build(county, demand, DailyFleet.sizedFor(county, demand),
                    HubChoice.ALL, MatrixSource.roads(roads, dir.resolve("matrices")),
                    DailyParameters.defaults(Duration.ofSeconds(4)));
            DailyPlan plan = new DailyPlanner().plan(problem, null);

            assertThat(plan.violations()).isEmpty();
            assertThat(new DailyPlanChecker().check(problem, plan)).isEmpty();
            int parcels = demand.down().stream().mapToInt(d -> d.parcels()).sum();
            int unserved = plan.unserved().stream().mapToInt(u -> u.parcels()).sum();
            assertThat(plan.totals().parcelsDelivered() + unserved).isEqualTo(parcels);
            assertThat(plan.unserved()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
            assertThat(plan.routes()).extracting(PlannedRoute::echelon).contains(Echelon.TRUNK_DOWN);
            assertThat(plan.totals().costFen()).isEqualTo(plan.routes().stream().mapToLong(PlannedRoute::costFen).sum());
        }
    }
}
