package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How an analysis's figures vary with the solver's random seed, every seed's solves with the same time limit: a
 * saving smaller than its spread is not one a bureau can defend. The report shows the solves of one seed, the median
 * one by the joint scenario's cost ({@link #shownSeed}).
 *
 * @param seeds     the random seeds, in the order solved
 * @param shownSeed the seed whose solves the rest of the report shows
 * @param scenarios each planned scenario's figures, one per seed in the order of {@code seeds}
 * @param savings   each saving's figures, one per seed in the order of {@code seeds}
 */
public record SeedSpread(List<Long> seeds, long shownSeed, List<Scenario> scenarios, List<Saving> savings) {

    /**
     * @param kind          the scenario
     * @param totalFen      its total cost per seed
     * @param medianFen     their median
     * @param minFen        the least
     * @param maxFen        the greatest
     * @param vehicleDays   its vehicle-days per seed
     * @param parcelsServed parcels delivered and collected per seed
     */
    public record Scenario(ScenarioKind kind, List<Long> totalFen, long medianFen, long minFen, long maxFen,
            List<Integer> vehicleDays, List<Integer> parcelsServed) {
    }

    /**
     * @param against    the baseline
     * @param scenario   the scenario saving against it
     * @param costFen    the saving per seed
     * @param medianFen  their median
     * @param minFen     the least
     * @param maxFen     the greatest
     * @param comparable whether both served the same parcels with every seed
     */
    public record Saving(ScenarioKind against, ScenarioKind scenario, List<Long> costFen, long medianFen, long minFen,
            long maxFen, boolean comparable) {
    }

    /**
     * @param seeds   the seeds
     * @param reports the report of each seed, in the same order, each of the same scenarios
     * @return the spread, shown with the seed of the median joint cost (the lower of two middle ones)
     */
    public static SeedSpread of(List<Long> seeds, List<ScenarioReport> reports) {
        if (seeds.isEmpty() || seeds.size() != reports.size()) {
            throw new IllegalArgumentException("One report per seed is needed, got " + reports.size() + " for "
                    + seeds.size() + " seeds.");
        }
        List<Integer> byJointCost = IntStream.range(0, reports.size()).boxed()
                .sorted(Comparator.comparingLong(i -> jointFen(reports.get(i)))).toList();
        long shown = seeds.get(byJointCost.get((reports.size() - 1) / 2));
        List<Scenario> scenarios = new ArrayList<>();
        for (ScenarioMetrics first : reports.getFirst().scenarios()) {
            List<ScenarioMetrics> each = reports.stream().map(report -> report.scenario(first.kind()).orElseThrow())
                    .toList();
            List<Long> totals = each.stream().map(ScenarioMetrics::totalFen).toList();
            scenarios.add(new Scenario(first.kind(), totals, median(totals), min(totals), max(totals),
                    each.stream().map(ScenarioMetrics::vehicleDays).toList(),
                    each.stream().map(m -> m.parcelsDelivered() + m.parcelsPickedUp()).toList()));
        }
        List<Saving> savings = new ArrayList<>();
        for (Savings first : reports.getFirst().savings()) {
            List<Savings> each = reports.stream().map(report -> report.savings().stream()
                    .filter(s -> s.against() == first.against() && s.scenario() == first.scenario())
                    .findFirst().orElseThrow()).toList();
            List<Long> costs = each.stream().map(Savings::costFen).toList();
            savings.add(new Saving(first.against(), first.scenario(), costs, median(costs), min(costs), max(costs),
                    each.stream().allMatch(Savings::comparable)));
        }
        return new SeedSpread(List.copyOf(seeds), shown, List.copyOf(scenarios), List.copyOf(savings));
    }

    private static long jointFen(ScenarioReport report) {
        return report.scenario(ScenarioKind.JOINT).map(ScenarioMetrics::totalFen).orElse(0L);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
