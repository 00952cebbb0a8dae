package org.gongpei.benchmarks.solomon;

import org.gongpei.solver.solomon.BestKnownSolutions;
import org.gongpei.solver.solomon.SolomonReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.gongpei.solver.checker.CheckReport;
import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.solver.RouteSolver;
import org.gongpei.solver.solver.SearchConfigs;

/**
 * Solves Solomon instances with a time limit each, checks every result with {@link SolutionChecker}
 * and prints a Markdown table with the gap to the best-known distance.
 * Usage: {@code SolomonBenchmark [--seconds 30] [--moves N] [--dir DIR] [--customers N] [--search nearby|default] [--late-acceptance 3] [INSTANCE|FILE ...]};
 * without instances every {@code *.txt} in the directory is solved. Best-known distances come from
 * {@code BKS.json} in the directory. {@code --moves N} ends each solve after N evaluated moves instead of a time:
 * the search is then the same on any machine and under any load, so two versions of the engine can be compared move
 * for move (the same moves give the same result) and by their speed.
 */
public final class SolomonBenchmark {

    /** The instances beside the repository, as seen from its root (the directory the benchmark is run from). */
    private static final Path DEFAULT_DIR = Path.of("..", "shared", "benchmarks", "vrptw", "solomon");

    /** One solved instance. */
    public record Result(String instance, int vehicles, double distance, OptionalDouble bestKnown,
            boolean feasible, double seconds) {

        /** @return the gap to the best-known distance in percent, if known */
        public OptionalDouble gapPercent() {
            return bestKnown.isPresent()
                    ? OptionalDouble.of(100.0 * (distance - bestKnown.getAsDouble()) / bestKnown.getAsDouble())
                    : OptionalDouble.empty();
        }
    }

    private SolomonBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long seconds = 30;
        long moves = 0;
        int customers = 0;
        SearchConfigs.Search search = SearchConfigs.Search.NEARBY;
        int lateAcceptance = SearchConfigs.DEFAULT_LATE_ACCEPTANCE_SIZE;
        Path dir = DEFAULT_DIR;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--moves" -> moves = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--customers" -> customers = Integer.parseInt(args[++i]);
                case "--late-acceptance" -> lateAcceptance = Integer.parseInt(args[++i]);
                case "--search" -> search = SearchConfigs.Search.valueOf(args[++i].toUpperCase(Locale.ROOT));
                default -> names.add(args[i]);
            }
        }
        if (!Files.isDirectory(dir)) {
            System.err.println("No Solomon instances at " + dir.toAbsolutePath().normalize()
                    + ": run from the repository root or pass --dir DIR.");
            System.exit(2);
        }
        List<Path> files = resolve(dir, names);
        BestKnownSolutions bks = BestKnownSolutions.read(dir.resolve("BKS.json"));
        List<Result> results = new ArrayList<>();
        System.out.println("| instance | vehicles | distance | best known | gap % | feasible | time s |");
        System.out.println("|---|---:|---:|---:|---:|---|---:|");
        for (Path file : files) {
            SolverConfig config = SearchConfigs.config(search, Duration.ofSeconds(seconds), true, lateAcceptance);
            if (moves > 0) {
                config.setTerminationConfig(new TerminationConfig().withMoveCountLimit(moves));
            }
            Result result = run(file, config, customers, bks);
            results.add(result);
            System.out.println(row(result));
        }
        System.out.println(summary(results));
        System.out.println(peakHeap());
    }

    private static String peakHeap() {
        long peakBytes = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "Peak heap used (sum of the heap pools' peaks): %.0f MB of a %.0f MB maximum",
                peakBytes / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Solves one instance file and checks the result. */
    public static Result run(Path file, SolverConfig config, int customers, BestKnownSolutions bks) throws IOException {
        RoutePlan problem = SolomonReader.read(file, customers);
        long start = System.nanoTime();
        RoutePlan solution = new RouteSolver(config).solve(problem);
        double elapsed = (System.nanoTime() - start) / 1e9;
        CheckReport report = new SolutionChecker().check(solution);
        double distance = report.totalDistanceMetres() / (double) SolomonReader.SCALE;
        OptionalDouble bestKnown = customers > 0 ? OptionalDouble.empty() : bks.distance(problem.getName());
        return new Result(problem.getName(), report.usedVehicles(), distance, bestKnown, report.feasible(), elapsed);
    }

    private static List<Path> resolve(Path dir, List<String> names) throws IOException {
        if (names.isEmpty()) {
            try (Stream<Path> listing = Files.list(dir)) {
                return listing.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
            }
        }
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            files.add(Files.exists(path) ? path : dir.resolve(name + ".txt"));
        }
        return files;
    }

    private static String row(Result result) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %s | %s | %.1f |", result.instance(),
                result.vehicles(), result.distance(), format(result.bestKnown()), format(result.gapPercent()),
                result.feasible() ? "yes" : "NO", result.seconds());
    }

    private static String summary(List<Result> results) {
        double[] gaps = results.stream().map(Result::gapPercent).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
        long infeasible = results.stream().filter(result -> !result.feasible()).count();
        if (gaps.length == 0) {
            return "\nNo best-known distances; infeasible: " + infeasible;
        }
        double mean = Arrays.stream(gaps).average().orElseThrow();
        double median = gaps.length % 2 == 1 ? gaps[gaps.length / 2]
                : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2;
        return String.format(Locale.ROOT, "%nInstances: %d, infeasible: %d, gap %% mean %.2f, median %.2f, worst %.2f",
                results.size(), infeasible, mean, median, gaps[gaps.length - 1]);
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
    }
}
