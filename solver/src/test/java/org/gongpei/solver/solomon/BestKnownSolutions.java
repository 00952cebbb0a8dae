package org.gongpei.solver.solomon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Best-known distances from a BKS.json file ({@code {"C101": {"best_known_cost": 828.94, ...}, ...}}). */
public final class BestKnownSolutions {

    private static final Pattern ENTRY = Pattern.compile(
            "\"([A-Za-z0-9_\\-]+)\"\\s*:\\s*\\{[^{}]*?\"best_known_cost\"\\s*:\\s*([0-9.eE+\\-]+)");

    private final Map<String, Double> costs;

    private BestKnownSolutions(Map<String, Double> costs) {
        this.costs = costs;
    }

    /** Reads a BKS.json file; a missing file gives an empty table. */
    public static BestKnownSolutions read(Path file) throws IOException {
        Map<String, Double> costs = new HashMap<>();
        if (Files.exists(file)) {
            Matcher matcher = ENTRY.matcher(Files.readString(file));
            while (matcher.find()) {
                costs.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            }
        }
        return new BestKnownSolutions(costs);
    }

    /** @return the best-known distance of an instance: the smaller of its {@code X} and {@code X_distance} entries */
    public OptionalDouble distance(String instance) {
        Double plain = costs.get(instance);
        Double distanceOnly = costs.get(instance + "_distance");
        if (plain == null && distanceOnly == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(plain == null ? Double.MAX_VALUE : plain,
                distanceOnly == null ? Double.MAX_VALUE : distanceOnly));
    }
}
