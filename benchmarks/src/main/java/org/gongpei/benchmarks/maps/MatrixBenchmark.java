package org.gongpei.benchmarks.maps;

import org.gongpei.maps.CachedMatrixProvider;
import org.gongpei.maps.Location;
import org.gongpei.maps.MatrixProvider;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Prints, for each OSM file given, import time, graph size and the time of CH matrices against
 * point-to-point routing for 100, 500 and 1000 random routable points of the van profile.
 * Run on demand, not as a test, with the OSM files as arguments (class path: benchmarks/README.md).
 */
public final class MatrixBenchmark {

    private static final int[] SIZES = {100, 500, 1000};
    private static final int RUNS = 3;
    private static final int ROUTE_SAMPLE = 5000;
    private static final VehicleProfile PROFILE = VehicleProfile.VAN;

    private MatrixBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("Give one or more OSM files (.osm.pbf, .osm, .osm.gz)");
        }
        Path work = Files.createTempDirectory("gongpei-matrix-bench");
        StringBuilder table = new StringBuilder();
        table.append("| extract | import + CH (4 profiles) | graph reload | nodes | edges | points | CH matrix (median of ")
                .append(RUNS).append(") | point-to-point (all pairs, extrapolated) | speed-up | cached reload | matrix memory |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String arg : args) {
            Path osm = Path.of(arg);
            Path graphRoot = work.resolve("graphs-" + osm.getFileName());
            double importSeconds;
            try (RoadNetwork imported = RoadNetwork.open(osm, graphRoot)) {
                importSeconds = imported.importSeconds();
            }
            long loadStart = System.nanoTime();
            try (RoadNetwork network = RoadNetwork.open(osm, graphRoot)) {
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                MatrixProvider ch = network.matrixProvider(PROFILE);
                ch.matrix(network.sampleLocations(PROFILE, 100, 99));
                for (int size : SIZES) {
                    List<Location> locations = network.sampleLocations(PROFILE, size, size);
                    double[] matrixSeconds = new double[RUNS];
                    TravelMatrix matrix = null;
                    for (int run = 0; run < RUNS; run++) {
                        long start = System.nanoTime();
                        matrix = ch.matrix(locations);
                        matrixSeconds[run] = (System.nanoTime() - start) / 1e9;
                    }
                    double chSeconds = median(matrixSeconds);
                    double perRoute = pointToPointSecondsPerRoute(network, locations);
                    double allPairsSeconds = perRoute * size * (size - 1);
                    Path cacheDir = work.resolve("cache-" + osm.getFileName() + "-" + size);
                    new CachedMatrixProvider(ch, cacheDir).matrix(locations);
                    double[] reloadSeconds = new double[RUNS];
                    for (int run = 0; run < RUNS; run++) {
                        long start = System.nanoTime();
                        TravelMatrix reloaded = new CachedMatrixProvider(ch, cacheDir).matrix(locations);
                        reloadSeconds[run] = (System.nanoTime() - start) / 1e9;
                        if (!reloaded.equals(matrix)) {
                            throw new IllegalStateException("Cached matrix differs from the computed one");
                        }
                    }
                    String row = String.format("| %s | %.1f s | %.2f s | %,d | %,d | %d | %.3f s | %.1f s (%.2f ms × %,d routes) | %.0f× | %.3f s | %.1f MB |%n",
                            osm.getFileName(), importSeconds, loadSeconds,
                            network.nodeCount(), network.edgeCount(), size, chSeconds, allPairsSeconds, perRoute * 1000,
                            (long) size * (size - 1), allPairsSeconds / chSeconds, median(reloadSeconds),
                            matrix.memoryBytes() / 1e6);
                    table.append(row);
                    System.out.print(row);
                }
            }
        }
        System.out.println();
        System.out.println("Van profile; point-to-point time is GraphHopper's CH route call per pair, measured on "
                + ROUTE_SAMPLE + " random pairs of the same points and multiplied by n(n-1).");
        System.out.println(table);
        deleteRecursively(work);
    }

    private static double pointToPointSecondsPerRoute(RoadNetwork network, List<Location> locations) {
        Random random = new Random(locations.size());
        List<int[]> pairs = new ArrayList<>();
        while (pairs.size() < ROUTE_SAMPLE) {
            int from = random.nextInt(locations.size());
            int to = random.nextInt(locations.size());
            if (from != to) {
                pairs.add(new int[]{from, to});
            }
        }
        for (int i = 0; i < 1000; i++) {
            network.routeSummary(PROFILE, locations.get(pairs.get(i)[0]), locations.get(pairs.get(i)[1]));
        }
        long start = System.nanoTime();
        for (int[] pair : pairs) {
            network.routeSummary(PROFILE, locations.get(pair[0]), locations.get(pair[1]));
        }
        return (System.nanoTime() - start) / 1e9 / ROUTE_SAMPLE;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
