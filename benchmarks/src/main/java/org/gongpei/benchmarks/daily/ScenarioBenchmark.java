package org.gongpei.benchmarks.daily;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.planning.analysis.AnalysisParameters;
import org.gongpei.planning.analysis.CurrentPractice;
import org.gongpei.planning.analysis.ParityOptions;
import org.gongpei.planning.analysis.ProvinceReference;
import org.gongpei.planning.analysis.Savings;
import org.gongpei.planning.analysis.ScenarioAnalysis;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioPlanner;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.ScenarioRun;
import org.gongpei.planning.analysis.SubsidyAnalysis;
import org.gongpei.planning.analysis.SubsidyOptions;
import org.gongpei.planning.analysis.TownshipCost;
import org.gongpei.planning.analysis.VillageCost;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.daily.model.DailyParameters;

/**
 * On demand, not in the test run: the Daming demo day (2025-06-16, demand seed 1, designated hubs) as
 * separate, joint and partial scenarios with the same time limit per solve, and the bureau's tables in
 * Markdown. Usage: {@code ScenarioBenchmark [SECONDS] [--seeds N] [--trips T] [--penalty YUAN] [--status-quo]}:
 * the time limit per solve (default 30), the random seeds every scenario is solved with (0 … N−1, default 1; with
 * more than one the medians and ranges over the seeds are printed), the trips a van may drive (default 1), the price
 * of a parcel left out (default none), and with {@code --status-quo} the demo's today's practice (现状): the brands'
 * separate networks with every van on one trip a day, solved once at the same limit (seed 0), entered as each
 * brand's vehicles and km.
 */
public final class ScenarioBenchmark {

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int limit = 30;
        int seeds = 1;
        int trips = 1;
        long penaltyFen = 0;
        boolean statusQuo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--trips" -> trips = Integer.parseInt(args[++i]);
                case "--penalty" -> penaltyFen = Math.round(Double.parseDouble(args[++i]) * 100);
                case "--status-quo" -> statusQuo = true;
                default -> limit = Integer.parseInt(args[i]);
            }
        }
        CountyNetworkData county = DemoCounties.daming();
        DayDemand demand = DayDemand.generated(county, LocalDate.of(2025, 6, 16), 1);
        AnalysisParameters parameters = AnalysisParameters.defaults(Duration.ofSeconds(limit)).withUnservedPenalty(penaltyFen);
        Path work = Files.createTempDirectory("gongpei-scenario-bench");
        long start = System.nanoTime();
        try (RoadNetwork roads = RoadNetwork.open(ScenarioBenchmark.class.getResource(DemoCounties.DAMING_ROADS),
                work.resolve("graphs"))) {
            MatrixSource matrices = MatrixSource.roads(roads, work.resolve("matrices"));
            DailyParameters daily = DailyParameters.defaults(parameters.timeLimitPerSolve()).withMaxTripsPerVan(trips);
            CurrentPractice current = statusQuo ? StatusQuo.oneTripSeparate(county, demand, matrices, daily, parameters)
                    : null;
            ParityOptions parity = new ParityOptions(
                    ProvinceReference.find(ProvinceReference.defaults(), county.province()).orElseThrow(),
                    ParityOptions.DEFAULT_TOLERANCE_PERCENT, ParityOptions.DEFAULT_REMOTE_ROAD_SECONDS, Set.of());
            List<Long> seedList = new ArrayList<>();
            List<ScenarioReport> reports = new ArrayList<>();
            List<List<ScenarioRun>> runsBySeed = new ArrayList<>();
            for (long seed = 0; seed < seeds; seed++) {
                ScenarioPlanner planner = new ScenarioPlanner(county, demand, HubChoice.DESIGNATED, matrices,
                        daily.withRandomSeed(seed));
                long shown = seed;
                List<ScenarioRun> runs = planner.run(EnumSet.of(ScenarioKind.SEPARATE, ScenarioKind.JOINT, ScenarioKind.PARTIAL),
                        label -> System.err.println("seed " + shown + ": solving " + label));
                seedList.add(seed);
                runsBySeed.add(runs);
                reports.add(ScenarioAnalysis.report(county, demand, runs, parameters, parity,
                        SubsidyOptions.shandongExample(2025), current, FleetSettings.defaults()));
            }
            ScenarioReport report = ScenarioAnalysis.overSeeds(seedList, reports);
            System.out.printf(Locale.ROOT, "Vans: up to %d trip(s) a day; penalty per parcel left out: %s%n%n", trips,
                    penaltyFen == 0 ? "none" : String.format(Locale.ROOT, "%.2f yuan", penaltyFen / 100.0));
            if (current != null) {
                StatusQuo.print(current);
            }
            if (seeds > 1) {
                SeedTables.print(report.seeds());
            }
            print(report, limit, (System.nanoTime() - start) / 1e9);
            List<ScenarioRun> runs = runsBySeed.get(seedList.indexOf(report.seeds().shownSeed()));
            ScenarioReport noHubHandling = ScenarioAnalysis.report(county, demand, runs, new AnalysisParameters(
                    parameters.timeLimitPerSolve(), parameters.centreHandlingFenPerParcel(), 0, parameters.kgCo2PerLitreDiesel()),
                    null, null);
            System.out.printf("%nSensitivity: the same solves accounted without the hub re-loading cost:%n%n");
            savings(noHubHandling);
        }
    }

    private static void print(ScenarioReport report, int limit, double wallSeconds) {
        System.out.printf(Locale.ROOT, "%s %s %s, %d s per solve, %.0f s wall in all%n%n", report.countyCode(),
                report.countyName(), report.date(), limit, wallSeconds);
        System.out.println("| scenario | solves | km | vehicle-days | driver-hours | fixed yuan | distance yuan | time yuan "
                + "| handling yuan | cost yuan | yuan/parcel | CO₂ kg | villages served | village visits | avg age h "
                + "| worst age h | unserved parcels | violations |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (ScenarioMetrics m : report.scenarios()) {
            System.out.printf(Locale.ROOT,
                    "| %s | %d | %.0f | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.3f | %.0f | %d | %d | %.1f | %.1f | %d | %d |%n",
                    m.kind(), m.solves(), m.distanceMetres() / 1000.0, m.vehicleDays(), m.driverSeconds() / 3600.0,
                    m.cost().fixedFen() / 100.0, m.cost().distanceFen() / 100.0, m.cost().timeFen() / 100.0,
                    m.cost().handlingFen() / 100.0, m.totalFen() / 100.0, m.costPerParcelFen() / 100, m.co2Grams() / 1000.0,
                    m.villagesServed(), m.villageVisits(), m.averageParcelAgeSeconds() / 3600.0,
                    m.worstParcelAgeSeconds() / 3600.0, m.unservedParcels(), m.violations());
        }
        System.out.println();
        savings(report);
        System.out.println();
        System.out.println("Cost to serve (joint), the five most expensive villages per parcel:");
        System.out.println();
        System.out.println("| village | township | parcels | km from centre | visit yuan | trunk yuan | handling yuan | yuan/parcel |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        report.villages().stream().sorted(Comparator.comparingDouble(VillageCost::costPerParcelFen).reversed()).limit(5)
                .forEach(v -> System.out.printf(Locale.ROOT, "| %s %s | %s | %d | %.1f | %.2f | %.2f | %.2f | %.2f |%n",
                        v.code(), v.name(), v.townshipCode(), v.parcels(), v.roadMetresFromCentre() / 1000.0,
                        v.visitFen() / 100.0, v.trunkFen() / 100.0, v.handlingFen() / 100.0, v.costPerParcelFen() / 100));
        System.out.println();
        System.out.println("| township | villages | parcels | cost yuan | yuan/parcel |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (TownshipCost t : report.townships()) {
            System.out.printf(Locale.ROOT, "| %s %s | %d | %d | %.0f | %.3f |%n", t.code(), t.name(), t.villages(), t.parcels(),
                    t.totalFen() / 100.0, t.costPerParcelFen() / 100);
        }
        System.out.println();
        var p = report.parity();
        long remote = p.villages().stream().filter(v -> v.remote()).count();
        long onPar = p.villages().stream().filter(v -> v.onPar()).count();
        System.out.printf(Locale.ROOT,
                "Parity with %s (reference %.2f yuan, tolerance %.0f %%, remote from %d min): county %.3f yuan (ratio %.2f), "
                        + "without the %d remote villages %.3f yuan (ratio %.2f), on par: %s; villages on par: %d of %d%n%n",
                p.options().reference().capital(), p.options().reference().referenceFenPerParcel() / 100.0,
                p.options().tolerancePercent(), p.options().remoteRoadSeconds() / 60, p.countyCostPerParcelFen() / 100,
                p.countyRatio(), remote, p.nonRemoteCostPerParcelFen() / 100, p.nonRemoteRatio(), p.onPar(), onPar,
                p.villages().size());
        System.out.println("| year | subsidy yuan/parcel | subsidy yuan/day | net cost yuan/parcel | viable villages |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (SubsidyAnalysis.YearRow y : report.subsidy().years()) {
            System.out.printf(Locale.ROOT, "| %d | %.2f | %.0f | %.3f | %d of %d |%n", y.year(), y.subsidyFenPerParcel() / 100.0,
                    y.subsidyFen() / 100.0, y.netCostPerParcelFen() / 100, y.viableVillages(), report.villages().size());
        }
        long never = report.subsidy().villages().stream().filter(v -> v.firstYearWithoutSubsidy() == null).count();
        System.out.printf(Locale.ROOT, "%nVillages not viable without subsidy within %d years: %d%n",
                SubsidyAnalysis.HORIZON_YEARS, never);
    }

    private static void savings(ScenarioReport report) {
        System.out.println("| saving | comparable | cost yuan | cost % | km | km % | vehicle-days | driver-hours | CO₂ kg |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Savings s : report.savings()) {
            String comparable = !s.comparable() ? "no (" + s.scenarioParcels() + " / " + s.againstParcels() + " parcels)"
                    : s.penalised() ? "with penalty (" + s.scenarioUnservedParcels() + " / " + s.againstUnservedParcels()
                            + " parcels left out)" : "yes";
            System.out.printf(Locale.ROOT, "| %s vs %s | %s | %.0f | %.1f | %.0f | %.1f | %d | %.1f | %.0f |%n",
                    s.scenario(), s.against(), comparable, s.costFen() / 100.0, s.costPercent(),
                    s.distanceMetres() / 1000.0, s.distancePercent(), s.vehicleDays(), s.driverSeconds() / 3600.0,
                    s.co2Grams() / 1000.0);
        }
    }
}
