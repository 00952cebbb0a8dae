package org.gongpei.benchmarks.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * A generated county for the siting benchmark (synthetic, no real place): townships on a jittered grid about 9 km
 * apart around 35.0° N 115.5° E, villages scattered around their seats (about 2.5 km standard deviation),
 * log-normal populations (median about 450 residents), 8 % poor villages, and stations today in every poor village,
 * in 60 % of the villages of 500 or more and in 10 % of the others, so that today's stations break the rules. The
 * same seed gives the same county.
 */
final class GeneratedCounty {

    private static final double LAT0 = 35.0;
    private static final double LON0 = 115.5;
    private static final double METRES_PER_DEGREE = 111_320;

    private GeneratedCounty() {
    }

    static CountyNetworkData generate(int townshipCount, int villageCount, long seed) {
        Random random = new Random(seed);
        int side = (int) Math.ceil(Math.sqrt(townshipCount));
        double lonMetres = METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT0));
        List<TownshipData> townships = new ArrayList<>();
        for (int t = 0; t < townshipCount; t++) {
            double north = (t / side) * 9_000 + (random.nextDouble() - 0.5) * 3_000;
            double east = (t % side) * 9_000 + (random.nextDouble() - 0.5) * 3_000;
            townships.add(new TownshipData(String.format(Locale.ROOT, "G%02d", t), "乡" + (t + 1),
                    LAT0 + north / METRES_PER_DEGREE, LON0 + east / lonMetres));
        }
        List<VillageData> villages = new ArrayList<>();
        for (int v = 0; v < villageCount; v++) {
            TownshipData township = townships.get(v < townshipCount ? v : random.nextInt(townshipCount));
            double lat = township.lat() + random.nextGaussian() * 2_500 / METRES_PER_DEGREE;
            double lon = township.lon() + random.nextGaussian() * 2_500 / lonMetres;
            int population = (int) Math.round(Math.exp(Math.log(450) + 0.6 * random.nextGaussian()));
            boolean poor = random.nextDouble() < 0.08;
            boolean station = poor || random.nextDouble() < (population >= 500 ? 0.6 : 0.1);
            villages.add(new VillageData(String.format(Locale.ROOT, "%s%03d", township.code(), v),
                    township.name() + "村" + (v + 1), township.code(), lat, lon, population, poor, station));
        }
        double centreLat = townships.stream().mapToDouble(TownshipData::lat).average().orElse(LAT0);
        double centreLon = townships.stream().mapToDouble(TownshipData::lon).average().orElse(LON0);
        return new CountyNetworkData("G" + seed, "生成县" + seed, "省", "省会",
                "Generated for the station siting benchmark; no real place.", new CentreData("县中心", centreLat,
                        centreLon), townships, List.of(), villages, List.of());
    }
}
