package org.gongpei.datasets.daming;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.demand.DemandGenerator;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.CountyNetworkJson;

/**
 * Writes the Daming demo dataset: {@code county.json}, {@code roads.osm.gz} and a sample week of demand ({@link DemandCsv}). Same seed, same bytes.
 *
 * <p>Usage: {@code DamingGenerator <output directory> [seed]}; the default seed is {@value #DEFAULT_SEED}.
 * See datasets/README.md for the Maven command.
 */
public final class DamingGenerator {

    /** The seed of the committed files. */
    public static final long DEFAULT_SEED = 130425L;
    /** First day (a Monday) of the sample demand week, in the fresh-produce season. */
    public static final LocalDate SAMPLE_WEEK_MONDAY = LocalDate.of(2025, 6, 16);

    private DamingGenerator() {
    }

    /**
     * @param args output directory (the {@code daming} directory), optional seed
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("Usage: DamingGenerator <output directory> [seed]");
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        generate(Path.of(args[0]), seed);
    }

    /**
     * Generates every Daming file into a directory.
     *
     * @param outputDir target directory, created if missing
     * @param seed random seed
     * @throws IOException when a file cannot be written
     */
    public static void generate(Path outputDir, long seed) throws IOException {
        CountyNetworkData county = DamingCountyBuilder.build(seed);
        CountyNetworkJson.write(county, outputDir.resolve("county.json"));
        Files.write(outputDir.resolve("roads.osm.gz"), DamingRoads.generate(county, seed));
        DemandCsv.writeWeek(new DemandGenerator(county, seed), SAMPLE_WEEK_MONDAY, outputDir);
    }
}
