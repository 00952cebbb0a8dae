package org.gongpei.benchmarks.design;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.planning.design.StationCoverage;
import org.gongpei.planning.design.StationSiting;
import org.gongpei.planning.design.StationSitingResult;
import org.gongpei.planning.design.StationSitingSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.siting.VillageDistances;

/**
 * On demand, not in the test run: proposes station plans for Daming (its road network, the van matrix of the daily
 * planner) and for a generated county (straight-line distances × 1.3) with the default rules and costs of
 * {@link StationSitingSettings#defaults()}, one solve per random seed, and prints a table per run and medians with
 * their spread; each county also with no station today, with a reach of 1.5 km instead of 3 km and with today's
 * stations allowed to be given up. Arguments: {@code [--seconds 30] [--seeds 0,1,2] [--county daming|generated]
 * [--townships 12] [--villages 400]} (the generated county's size).
 */
public final class StationSitingBenchmark {

    private StationSitingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 30;
        long[] seeds = {0, 1, 2};
        String only = null;
        int townships = 12;
        int villages = 400;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Arrays.stream(args[++i].split(",")).mapToLong(Long::parseLong).toArray();
                case "--county" -> only = args[++i];
                case "--townships" -> townships = Integer.parseInt(args[++i]);
                case "--villages" -> villages = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        StationSitingSettings settings = StationSitingSettings.defaults();
        System.out.println("| county | distances | seed | villages | stations today | stations proposed | kept / upgraded / new / closed | share today → proposed | poor villages covered | ≥ 500 covered | townships covered | villages within reach | construction yuan | all villages yuan | delivery yuan (3 years) | matrix s | solve s | check |");
        System.out.println("|---|---|---:|---:|---:|---:|---|---|---|---|---|---|---:|---:|---:|---:|---:|---|");
        List<List<String>> medians = new ArrayList<>();
        if (only == null || only.equals("daming")) {
            Path work = Files.createTempDirectory("gongpei-siting-bench");
            try (RoadNetwork roads = RoadNetwork.open(StationSitingBenchmark.class.getResource(DemoCounties.DAMING_ROADS),
                    work.resolve("daming-graphs"))) {
                CountyNetworkData daming = DemoCounties.daming();
                long start = System.nanoTime();
                VillageDistances distances = StationSiting.roadDistances(daming,
                        MatrixSource.roads(roads, work.resolve("daming-matrices")));
                double matrixSeconds = (System.nanoTime() - start) / 1e9;
                scenarios("daming", "roads (van matrix)", daming, distances, matrixSeconds, settings, seconds, seeds,
                        medians);
            }
        }
        if (only == null || only.equals("generated")) {
            CountyNetworkData generated = GeneratedCounty.generate(townships, villages, 1);
            long start = System.nanoTime();
            VillageDistances distances = StationSiting.roadDistances(generated, MatrixSource.haversine(1.3, 30));
            double matrixSeconds = (System.nanoTime() - start) / 1e9;
            scenarios("generated", "straight line × 1.3", generated, distances, matrixSeconds, settings, seconds, seeds,
                    medians);
        }
        System.out.println();
        System.out.println("| county | runs | stations proposed | construction yuan | all villages yuan | construction / all villages | solve s | checks passed |");
        System.out.println("|---|---:|---|---|---:|---|---|---:|");
        medians.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
    }

    /**
     * Four scenarios of a county: its stations of today with the default rules (all kept); no station today (every
     * station to be built or upgraded); a walking reach of 1.5 km instead of 3 km; stations of today that no rule
     * needs may be given up.
     */
    private static void scenarios(String name, String distanceKind, CountyNetworkData county,
            VillageDistances distances, double matrixSeconds, StationSitingSettings settings, int seconds, long[] seeds,
            List<List<String>> medians) {
        medians.add(runs(name, distanceKind, county, distances, matrixSeconds, settings, seconds, seeds));
        medians.add(runs(name + ", no station today", distanceKind, withoutStations(county), distances, matrixSeconds,
                settings, seconds, seeds));
        medians.add(runs(name + ", reach 1.5 km", distanceKind, county, distances, matrixSeconds,
                settings.withReachMetres(1_500), seconds, seeds));
        medians.add(runs(name + ", today's may be given up", distanceKind, county, distances, matrixSeconds,
                settings.withKeepTodaysStations(false), seconds, seeds));
    }

    /** @return the county with no station in any village */
    private static CountyNetworkData withoutStations(CountyNetworkData county) {
        return new CountyNetworkData(county.code(), county.name(), county.province(), county.provincialCapital(),
                county.note(), county.centre(), county.townships(), county.hubs(), county.villages().stream()
                        .map(v -> new VillageData(v.code(), v.name(), v.townshipCode(), v.lat(), v.lon(), v.population(),
                                v.poor(), false))
                        .toList(), county.boundary());
    }

    private static List<String> runs(String name, String distanceKind, CountyNetworkData county,
            VillageDistances distances, double matrixSeconds, StationSitingSettings settings, int seconds,
            long[] seeds) {
        List<StationSitingResult> results = new ArrayList<>();
        for (long seed : seeds) {
            StationSitingResult result = StationSiting.plan(county, distances,
                    settings.withSearch(Duration.ofSeconds(seconds), seed));
            results.add(result);
            StationCoverage today = result.today();
            StationCoverage proposed = result.proposed();
            System.out.println(String.format(Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %d | %d / %d / %d / %d | %.1f %% → %.1f %% | %d → %d of %d | %d → %d of %d "
                            + "| %d → %d of %d | %d → %d of %d | %,d | %,d | %,d | %.1f | %.1f | %s |",
                    name, distanceKind, seed, proposed.villages(), today.stations(), proposed.stations(),
                    result.stationsKept(), result.stationsUpgraded(), result.stationsNew(), result.stationsClosed(),
                    100 * today.stationShare(), 100 * proposed.stationShare(), today.poorWithStation(),
                    proposed.poorWithStation(), proposed.poorVillages(), today.largeWithStation(),
                    proposed.largeWithStation(), proposed.largeVillages(), today.townshipsWithStation(),
                    proposed.townshipsWithStation(), proposed.townships(), today.villagesWithinReach(),
                    proposed.villagesWithinReach(), proposed.villages(), result.constructionCostYuan(),
                    result.allVillagesCostYuan(), result.deliveryCostYuan(), matrixSeconds,
                    result.solveMillis() / 1000.0, result.check().passes() ? "passes" : "FAILS"));
            result.check().violations().forEach(violation -> System.out.println("  violation: " + violation));
        }
        long passed = results.stream().filter(result -> result.check().passes()).count();
        return List.of(name, Integer.toString(results.size()),
                median(results, result -> result.proposed().stations(), "%,.0f"),
                median(results, StationSitingResult::constructionCostYuan, "%,.0f"),
                String.format(Locale.ROOT, "%,d", results.get(0).allVillagesCostYuan()),
                median(results, result -> 100.0 * result.constructionCostYuan() / result.allVillagesCostYuan(),
                        "%.1f %%"),
                median(results, result -> result.solveMillis() / 1000.0, "%.1f"),
                passed + " of " + results.size());
    }

    /** @return "median (lowest–highest)" of the runs */
    private static String median(List<StationSitingResult> results, ToDoubleFunction<StationSitingResult> figure,
            String format) {
        double[] values = results.stream().mapToDouble(figure).sorted().toArray();
        double median = values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median, values[0],
                values[values.length - 1]);
    }
}
