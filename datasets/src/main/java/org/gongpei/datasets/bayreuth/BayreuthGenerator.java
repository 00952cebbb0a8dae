package org.gongpei.datasets.bayreuth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.SeededRandom;
import org.gongpei.datasets.daming.DamingGenerator;
import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.demand.DemandGenerator;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.CountyNetworkJson;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * Writes the real-roads test county north of Bayreuth: {@code county.json} and a sample week of
 * demand. Its places are the OSM file's own named town, village and hamlet nodes: the largest (by
 * {@code population} tag, then place rank) is the county centre; {@value #HUBS} villages, chosen
 * farthest-first from the centre and each other, are designated hubs, each heading a synthetic
 * "township" of the places nearest to it (the centre heads one too); every place is a village with
 * a station. Populations without a tag are synthetic (villages {@value #VILLAGE_MIN}–{@value #VILLAGE_MAX},
 * hamlets {@value #HAMLET_MIN}–{@value #HAMLET_MAX}, uniform).
 *
 * <p>Usage: {@code BayreuthGenerator <output directory> [seed]}.
 */
public final class BayreuthGenerator {

    /** The seed of the committed files. */
    public static final long DEFAULT_SEED = 95_444L;
    static final String CODE = "DE-BT-N";
    static final int HUBS = 3;
    static final int VILLAGE_MIN = 150;
    static final int VILLAGE_MAX = 600;
    static final int HAMLET_MIN = 20;
    static final int HAMLET_MAX = 120;
    static final int HUB_PARCELS_PER_DAY = 2_000;

    static final String NOTE = "Test county on real roads, not an administrative unit. REAL: the places (names, positions, the "
            + "population tags where present) and the road network, from north-bayreuth.osm.gz, map data (c) OpenStreetMap "
            + "contributors, ODbL 1.0 (taken from GraphHopper's test files). SYNTHETIC (seeded generator org.gongpei.datasets."
            + "bayreuth.BayreuthGenerator): the three tiers (largest place as the centre, " + HUBS + " villages as hubs, every "
            + "place a station), the township grouping, populations without a tag, and all demand.";

    private BayreuthGenerator() {
    }

    /**
     * @param args output directory (the {@code bayreuth} directory), optional seed
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("Usage: BayreuthGenerator <output directory> [seed]");
        }
        generate(Path.of(args[0]), args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED);
    }

    /**
     * Generates the test county's files into a directory.
     *
     * @param outputDir target directory, created if missing
     * @param seed random seed
     */
    public static void generate(Path outputDir, long seed) {
        CountyNetworkData county = build(seed);
        CountyNetworkJson.write(county, outputDir.resolve("county.json"));
        DemandCsv.writeWeek(new DemandGenerator(county, seed), DamingGenerator.SAMPLE_WEEK_MONDAY, outputDir);
    }

    static CountyNetworkData build(long seed) {
        OsmPlaceReader reader = new OsmPlaceReader(DemoCounties.bayreuthRoads());
        List<OsmPlace> places = new ArrayList<>(reader.places());
        places.sort(Comparator.comparingLong(OsmPlace::id));
        OsmPlace centre = places.stream()
                .max(Comparator.comparingInt((OsmPlace p) -> p.population() == null ? 0 : p.population())
                        .thenComparingInt(OsmPlace::rank).thenComparingLong(p -> -p.id()))
                .orElseThrow(() -> new IllegalStateException("The OSM file has no named places"));
        List<OsmPlace> heads = new ArrayList<>(List.of(centre));
        heads.addAll(chooseHubs(places, centre));

        List<TownshipData> townships = new ArrayList<>();
        List<HubData> hubs = new ArrayList<>();
        for (int h = 0; h < heads.size(); h++) {
            OsmPlace head = heads.get(h);
            String code = String.format("%s-%02d", CODE, h);
            townships.add(new TownshipData(code, head.name(), head.lat(), head.lon()));
            if (h > 0) {
                hubs.add(new HubData("H" + code, head.name() + " hub", code, head.lat(), head.lon(), true, true, HUB_PARCELS_PER_DAY));
            }
        }
        Random random = SeededRandom.of(seed, 0);
        List<VillageData> villages = new ArrayList<>();
        for (OsmPlace p : places) {
            OsmPlace head = heads.stream().min(Comparator.comparingDouble(q -> distance(p, q))).orElseThrow();
            int population = p.population() != null ? p.population() : syntheticPopulation(p, random);
            villages.add(new VillageData("N" + p.id(), p.name(), townships.get(heads.indexOf(head)).code(), p.lat(), p.lon(),
                    population, false, true));
        }
        return new CountyNetworkData(CODE, "North Bayreuth (test county)", "Bayern", "München", NOTE,
                new CentreData(centre.name() + " distribution centre", centre.lat(), centre.lon()),
                List.copyOf(townships), List.copyOf(hubs), List.copyOf(villages), List.of(reader.extentRing()));
    }

    private static List<OsmPlace> chooseHubs(List<OsmPlace> places, OsmPlace centre) {
        List<OsmPlace> chosen = new ArrayList<>();
        List<OsmPlace> facilities = new ArrayList<>(List.of(centre));
        while (chosen.size() < HUBS) {
            OsmPlace best = places.stream()
                    .filter(p -> p.place().equals("village") && !facilities.contains(p))
                    .max(Comparator.comparingDouble((OsmPlace p) -> facilities.stream().mapToDouble(f -> distance(p, f)).min().orElseThrow())
                            .thenComparingLong(p -> -p.id()))
                    .orElseThrow(() -> new IllegalStateException("Not enough villages for " + HUBS + " hubs"));
            chosen.add(best);
            facilities.add(best);
        }
        return chosen;
    }

    private static int syntheticPopulation(OsmPlace p, Random random) {
        if (p.place().equals("hamlet")) {
            return HAMLET_MIN + random.nextInt(HAMLET_MAX - HAMLET_MIN + 1);
        }
        return VILLAGE_MIN + random.nextInt(VILLAGE_MAX - VILLAGE_MIN + 1);
    }

    private static double distance(OsmPlace a, OsmPlace b) {
        return new LatLon(a.lat(), a.lon()).distanceMetres(new LatLon(b.lat(), b.lon()));
    }
}
