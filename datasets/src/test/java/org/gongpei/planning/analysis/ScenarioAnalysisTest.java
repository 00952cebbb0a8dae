package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.planning.plan.MoreVans;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.VehicleType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three scenarios of a small county day solved for real (straight-line matrices, 1 s a solve) and accounted. */
class ScenarioAnalysisTest {

    private static final CountyNetworkData COUNTY = DemoCounties.bayreuth();
    private static final DayDemand DEMAND = DayDemand.generated(COUNTY, LocalDate.of(2025, 6, 17), 1);
    private static final AnalysisParameters PARAMETERS = AnalysisParameters.defaults(Duration.ofSeconds(1));
    private static List<ScenarioRun> runs;
    private static ScenarioReport report;

    @BeforeAll
    static void solve() {
        runs = planner(DEMAND).run(EnumSet.allOf(ScenarioKind.class), null);
        report = ScenarioAnalysis.report(COUNTY, DEMAND, runs, PARAMETERS,
                new ParityOptions(ProvinceReference.defaults().getLast(), 10, 3600, Set.of()),
                SubsidyOptions.shandongExample(2025));
    }

    private static ScenarioPlanner planner(DayDemand demand) {
        return new ScenarioPlanner(COUNTY, demand, HubChoice.ALL, MatrixSource.haversine(1.3, 30),
                DailyParameters.defaults(PARAMETERS.timeLimitPerSolve()));
    }

    @Test
    void separateHasOneNetworkPerBrandWithoutHubsAndPartialTwo() {
        ScenarioRun separate = runs.stream().filter(r -> r.kind() == ScenarioKind.SEPARATE).findFirst().orElseThrow();
        Set<String> brands = new HashSet<>();
        DEMAND.down().stream().filter(row -> row.parcels() > 0).forEach(row -> brands.add(row.carrier().name()));
        assertThat(separate.parts()).extracting(SolvedPart::label).containsExactlyInAnyOrderElementsOf(brands);
        assertThat(separate.parts()).allSatisfy(part -> assertThat(part.problem().hubs()).isEmpty());
        ScenarioRun partial = runs.stream().filter(r -> r.kind() == ScenarioKind.PARTIAL).findFirst().orElseThrow();
        assertThat(partial.parts()).extracting(SolvedPart::label).containsExactly(Carrier.CHINA_POST.name(), SolvedPart.SHARED);
    }

    @Test
    void aNetworkThatLeavesParcelsOutIsSolvedAgainWithMoreVans() {
        FleetSettings defaults = FleetSettings.defaults();
        FleetSettings tiny = new FleetSettings(defaults.trunkTruck(), defaults.chilledTruck(),
                new FleetSettings.VehicleSettings("小车", 50, 0.3, 10, 0.05, 1, 100, 0.6, 0), defaults.shiftStartHour(),
                defaults.shiftEndHour(), defaults.maxWorkingHours(), 0.2, 0.1);
        List<String> solves = new java.util.ArrayList<>();

        List<ScenarioRun> tight = new ScenarioPlanner(COUNTY, DEMAND, HubChoice.ALL, MatrixSource.haversine(1.3, 30),
                DailyParameters.defaults(PARAMETERS.timeLimitPerSolve()), tiny).run(EnumSet.of(ScenarioKind.JOINT),
                        solves::add);

        // Solved again with more vans while vans were lacking and each solve left fewer out, at most twice more.
        assertThat(solves).hasSizeBetween(2, 1 + MoreVans.MAX_EXTRA_SOLVES);
        assertThat(solves.getFirst()).isEqualTo("JOINT SHARED");
        assertThat(solves.subList(1, solves.size())).containsOnly("JOINT SHARED again, more vans");
        assertThat(tight.getFirst().parts()).hasSize(1);
    }

    @Test
    void everyScenarioAccountsForEveryParcel() {
        int down = DEMAND.down().stream().mapToInt(DownParcels::parcels).sum();
        int up = DEMAND.up().stream().mapToInt(shipment -> shipment.parcels()).sum();
        assertThat(report.scenarios()).hasSize(3).allSatisfy(m -> {
            assertThat(m.parcelsDelivered() + m.parcelsPickedUp() + m.unservedParcels()).isEqualTo(down + up);
            assertThat(m.violations()).isZero();
        });
    }

    @Test
    void costPartsAddUpToTheRoutesAndHandling() {
        PlanAccounting accounting = new PlanAccounting(PARAMETERS);
        for (ScenarioRun run : runs) {
            ScenarioMetrics metrics = accounting.metrics(run);
            long routes = 0;
            long fixed = 0;
            long handled = 0;
            for (SolvedPart part : run.parts()) {
                Map<String, VehicleType> types = new HashMap<>();
                part.problem().vehicleTypes().forEach(t -> types.put(t.code(), t));
                Set<String> vehicles = new HashSet<>();
                for (PlannedRoute route : part.plan().routes()) {
                    routes += route.costFen();
                    if (vehicles.add(route.vehicleId())) {
                        fixed += types.get(route.vehicleType()).fixedCostFen();
                    }
                    handled += PlanAccounting.villageParcels(route);
                }
            }
            assertThat(metrics.cost().totalFen()).as(run.kind().name())
                    .isEqualTo(metrics.cost().fixedFen() + metrics.cost().distanceFen() + metrics.cost().timeFen()
                            + metrics.cost().handlingFen());
            assertThat(metrics.cost().fixedFen() + metrics.cost().distanceFen() + metrics.cost().timeFen()).isEqualTo(routes);
            // every vehicle's fixed cost once; distance rounding per route may move a few fen
            assertThat(metrics.cost().fixedFen()).isCloseTo(fixed, org.assertj.core.data.Offset.offset(
                    (long) run.parts().stream().mapToInt(p -> p.plan().routes().size()).sum()));
            assertThat(metrics.cost().handlingFen()).isGreaterThanOrEqualTo(handled * PARAMETERS.centreHandlingFenPerParcel());
        }
    }

    @Test
    void villageSharesAddUpToTheJointNetworkCost() {
        ScenarioRun joint = runs.stream().filter(r -> r.kind() == ScenarioKind.JOINT).findFirst().orElseThrow();
        long network = new PlanAccounting(PARAMETERS).cost(joint.parts().getFirst()).totalFen();
        assertThat(report.villages().stream().mapToLong(VillageCost::totalFen).sum()).isEqualTo(network);
        assertThat(report.townships().stream().mapToLong(TownshipCost::totalFen).sum()).isEqualTo(network);
        assertThat(report.scenario(ScenarioKind.JOINT).orElseThrow().totalFen()).isEqualTo(network);
        assertThat(report.villages()).allSatisfy(v -> assertThat(v.totalFen()).isPositive());
    }

    @Test
    void savingsAreTheDifferenceOfTheTotals() {
        ScenarioMetrics separate = report.scenario(ScenarioKind.SEPARATE).orElseThrow();
        ScenarioMetrics joint = report.scenario(ScenarioKind.JOINT).orElseThrow();
        Savings saving = report.savings().stream().filter(s -> s.scenario() == ScenarioKind.JOINT).findFirst().orElseThrow();
        assertThat(saving.costFen()).isEqualTo(separate.totalFen() - joint.totalFen());
        assertThat(saving.costPercent()).isCloseTo(100.0 * saving.costFen() / separate.totalFen(),
                org.assertj.core.data.Offset.offset(1e-9));
        // six brands each sending vans to the villages drive more than one shared network
        assertThat(separate.villageVisits()).isGreaterThan(joint.villageVisits());
    }

    @Test
    void aSingleBrandCountyShowsExactlyZeroSaving() {
        DayDemand oneBrand = new DayDemand(DEMAND.date(),
                DEMAND.down().stream().filter(row -> row.carrier() == Carrier.ZTO).toList(), DEMAND.up());
        List<ScenarioRun> single = planner(oneBrand).run(EnumSet.allOf(ScenarioKind.class), null);
        ScenarioReport singleReport = ScenarioAnalysis.report(COUNTY, oneBrand, single, PARAMETERS, null, null);

        assertThat(singleReport.savings()).hasSize(2).allSatisfy(s -> {
            assertThat(s.costFen()).isZero();
            assertThat(s.distanceMetres()).isZero();
            assertThat(s.vehicleDays()).isZero();
        });
        assertThat(single).allSatisfy(run -> assertThat(run.parts()).hasSize(1));
        assertThat(singleReport.scenario(ScenarioKind.SEPARATE).orElseThrow().note()).isNotBlank();
    }
}
