package org.gongpei.benchmarks.solomon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a random instance in the Solomon text format with any number of customers, for the memory
 * and scale runs of {@link SolomonBenchmark} (the 1000-customer Gehring–Homberger instances are not
 * shipped here). Customers are uniform on a square around a central depot (R-type), with demand 1–40,
 * service 10 and a time window of 60–240 placed so that the depot can reach it and be reached back
 * before its due time. Same seed, same file.
 *
 * <p>Usage: {@code LargeInstanceGenerator CUSTOMERS SEED OUTPUT_FILE}
 */
public final class LargeInstanceGenerator {

    private static final int SIDE = 500;
    private static final int HORIZON = 2_400;
    private static final int SERVICE = 10;
    private static final int CAPACITY = 200;

    private LargeInstanceGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: LargeInstanceGenerator CUSTOMERS SEED OUTPUT_FILE");
        }
        int customers = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path output = Path.of(args[2]);
        Files.writeString(output, write(customers, seed, output.getFileName().toString().replaceFirst("\\.txt$", "")));
    }

    /** @return the instance text: {@code customers} customers, a quarter as many vehicles of capacity 200 */
    public static String write(int customers, long seed, String name) {
        if (customers < 1) {
            throw new IllegalArgumentException("An instance needs at least one customer, not " + customers + ".");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int depot = SIDE / 2;
        StringBuilder text = new StringBuilder();
        text.append(name).append("\n\nVEHICLE\nNUMBER     CAPACITY\n")
                .append(String.format(Locale.ROOT, "%8d %12d%n", Math.max(1, customers / 4), CAPACITY))
                .append("\nCUSTOMER\nCUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME\n\n")
                .append(line(0, depot, depot, 0, 0, HORIZON, 0));
        for (int customer = 1; customer <= customers; customer++) {
            int x = random.nextInt(SIDE + 1);
            int y = random.nextInt(SIDE + 1);
            int travel = (int) Math.ceil(Math.hypot(x - depot, y - depot));
            int width = 60 + random.nextInt(181);
            int earliest = travel;
            int latestStart = HORIZON - travel - SERVICE - width;
            int ready = earliest + random.nextInt(Math.max(1, latestStart - earliest + 1));
            text.append(line(customer, x, y, 1 + random.nextInt(40), ready, ready + width, SERVICE));
        }
        return text.toString();
    }

    private static String line(int number, int x, int y, int demand, int ready, int due, int service) {
        return String.format(Locale.ROOT, "%5d %10d %8d %10d %10d %12d %10d%n", number, x, y, demand, ready, due, service);
    }
}
