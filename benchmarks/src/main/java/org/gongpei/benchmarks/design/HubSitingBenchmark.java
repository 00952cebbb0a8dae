package org.gongpei.benchmarks.design;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.planning.design.HubComparison;
import org.gongpei.planning.design.HubComparisonResult;
import org.gongpei.planning.design.HubNetworkCandidate;
import org.gongpei.planning.design.HubProposal;
import org.gongpei.planning.design.HubSitingProblem;
import org.gongpei.planning.design.HubSitingSettings;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.daily.model.DailyParameters;

/**
 * On demand, not in the test run: the hub networks of Daming compared side by side as the service's hub plan does
 * it ({@link HubProposal}, then {@link HubComparison}): today's network, the hub siting search's and the one with
 * cold storage added, each planned on the demo day's generated demand on Daming's roads with the same time limit
 * and seeds, with the default hub costs ({@link HubSitingSettings#defaults()}) and fleet. Prints the siting
 * search's estimate and its independent check, then one row per candidate (figures as least–most over the seeds).
 * Arguments: {@code [--seconds 30] [--seeds 1] [--date 2025-06-16] [--demand-seed 1]}.
 */
public final class HubSitingBenchmark {

    private HubSitingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 30;
        int seeds = 1;
        LocalDate date = LocalDate.of(2025, 6, 16);
        long demandSeed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--date" -> date = LocalDate.parse(args[++i]);
                case "--demand-seed" -> demandSeed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        CountyNetworkData daming = DemoCounties.daming();
        DayDemand demand = DayDemand.generated(daming, date, demandSeed);
        HubSitingSettings settings = HubSitingSettings.defaults();
        FleetSettings fleet = FleetSettings.defaults();
        Path work = Files.createTempDirectory("gongpei-hub-bench");
        try (RoadNetwork roads = RoadNetwork.open(HubSitingBenchmark.class.getResource(DemoCounties.DAMING_ROADS),
                work.resolve("daming-graphs"))) {
            MatrixSource matrices = MatrixSource.roads(roads, work.resolve("daming-matrices"));
            long start = System.nanoTime();
            HubSitingProblem problem = HubSitingProblem.of(daming, demand, matrices);
            HubProposal proposal = HubProposal.of(daming, problem, settings);
            double sitingSeconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT,
                    "Daming %s (demand seed %d): %d villages with parcels, %d parcels; siting search %.1f s: hubs %s, "
                            + "fixed %,d yuan a year, estimated transport %,.0f yuan a day (checked %,.0f, passes %s)",
                    date, demandSeed, problem.villageCodes().size(), java.util.Arrays.stream(problem.parcels()).sum(),
                    sitingSeconds, proposal.siting().openHubs(), proposal.siting().fixedYuanPerYear(),
                    proposal.siting().transportYuanPerDay(), proposal.check().transportYuanPerDay(),
                    proposal.check().passes()));
            DailyParameters daily = fleet.applyTo(DailyParameters.defaults(Duration.ofSeconds(seconds))
                    .withMaxTripsPerVan(3));
            List<HubNetworkCandidate> candidates = new ArrayList<>(proposal.candidates());
            start = System.nanoTime();
            HubComparisonResult result = new HubComparison(daming, demand, matrices, daily, fleet, settings)
                    .compare(candidates, LongStream.range(0, seeds).boxed().toList(), null,
                            (candidate, seed, solve, solves) -> System.err.println(
                                    "solve " + solve + "/" + solves + ": " + candidate.name() + " seed " + seed));
            double compareSeconds = (System.nanoTime() - start) / 1e9;
            System.out.println();
            System.out.println("| candidate | open hubs | hubs' fixed yuan/year | cost yuan/day | yuan/parcel served | km | vehicle-days | "
                    + "parcels left out | mean parcel age h | oldest parcel h | villages with a station served | hubs used |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (HubComparisonResult.Candidate c : result.candidates()) {
                System.out.println("| " + c.name() + " | " + c.hubs().stream().filter(HubComparisonResult.Hub::open).count()
                        + " | " + String.format(Locale.ROOT, "%,d", c.fixedYuanPerYear()) + " | "
                        + range(c.costPerDayYuan(), 0) + " | " + range(c.costPerParcelYuan(), 2) + " | " + range(c.km(), 0) + " | " + range(c.vehicleDays(), 0)
                        + " | " + range(c.unservedParcels(), 0) + " | " + range(c.meanParcelAgeHours(), 1) + " | "
                        + range(c.maxParcelAgeHours(), 1) + " | " + range(c.stationVillagesServed(), 0) + " | "
                        + range(c.hubsUsed(), 0) + " |");
            }
            System.out.println(String.format(Locale.ROOT, "%n%d daily plans of %d s each, %.0f s in all",
                    candidates.size() * seeds, seconds, compareSeconds));
        }
    }

    private static String range(HubComparisonResult.Range range, int digits) {
        if (range == null) {
            return "–";
        }
        String format = "%,." + digits + "f";
        String min = String.format(Locale.ROOT, format, range.min());
        String max = String.format(Locale.ROOT, format, range.max());
        return min.equals(max) ? min : min + "–" + max;
    }
}
