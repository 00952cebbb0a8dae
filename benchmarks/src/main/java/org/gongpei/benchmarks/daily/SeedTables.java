package org.gongpei.benchmarks.daily;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gongpei.planning.analysis.SeedSpread;

/** The scenarios' costs and the savings over the random seeds: median and range, each seed's value. */
final class SeedTables {

    private SeedTables() {
    }

    static void print(SeedSpread spread) {
        System.out.printf(Locale.ROOT, "Over %d random seeds (%s); the tables after this one show seed %d, the median "
                + "joint cost:%n%n", spread.seeds().size(), spread.seeds(), spread.shownSeed());
        System.out.println("| scenario | cost yuan, median (range) | each seed | vehicle-days | parcels served |");
        System.out.println("|---|---:|---|---|---|");
        for (SeedSpread.Scenario s : spread.scenarios()) {
            System.out.printf(Locale.ROOT, "| %s | %s (%s–%s) | %s | %s | %s |%n", s.kind(), yuan(s.medianFen()),
                    yuan(s.minFen()), yuan(s.maxFen()), yuans(s.totalFen()), join(s.vehicleDays()),
                    join(s.parcelsServed()));
        }
        System.out.println();
        System.out.println("| saving | cost yuan, median (range) | each seed | comparable with every seed |");
        System.out.println("|---|---:|---|---|");
        for (SeedSpread.Saving s : spread.savings()) {
            System.out.printf(Locale.ROOT, "| %s vs %s | %s (%s–%s) | %s | %s |%n", s.scenario(), s.against(),
                    yuan(s.medianFen()), yuan(s.minFen()), yuan(s.maxFen()), yuans(s.costFen()),
                    s.comparable() ? "yes" : "no");
        }
        System.out.println();
    }

    private static String yuan(long fen) {
        return String.format(Locale.ROOT, "%,.0f", fen / 100.0);
    }

    private static String yuans(List<Long> fen) {
        return fen.stream().map(SeedTables::yuan).collect(Collectors.joining(" / "));
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(" / "));
    }
}
