package org.gongpei.solver.siting;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random counties for the siting tests: the same seed gives the same county. */
final class RandomSitingProblems {

    private RandomSitingProblems() {
    }

    /**
     * Villages scattered around township seats in a 12 km square; road distances 1.3 × straight ones; 100 to 700
     * residents, 10 % poor, 30 % with a station today, 70 % with a building to upgrade (3,000–8,000 yuan), new
     * stations 20,000–40,000 yuan; rules of {@link SitingConstraintProviderTest#RULES}.
     */
    static SitingPlan generate(long seed, int villageCount, int townshipCount) {
        return generate(seed, villageCount, townshipCount, false);
    }

    /** As {@link #generate(long, int, int)}; with {@code keepExisting}, today's stations may not be given up. */
    static SitingPlan generate(long seed, int villageCount, int townshipCount, boolean keepExisting) {
        Random random = new Random(seed);
        double[][] seats = new double[townshipCount][];
        List<SitingTownship> townships = new ArrayList<>();
        for (int t = 0; t < townshipCount; t++) {
            seats[t] = new double[] {1 + random.nextDouble() * 10, 1 + random.nextDouble() * 10};
            townships.add(new SitingTownship("T" + t, "乡" + t));
        }
        double[][] at = new double[villageCount][];
        int[] township = new int[villageCount];
        for (int v = 0; v < villageCount; v++) {
            township[v] = v < townshipCount ? v : random.nextInt(townshipCount);
            at[v] = new double[] {seats[township[v]][0] + random.nextGaussian() * 2.5,
                    seats[township[v]][1] + random.nextGaussian() * 2.5};
        }
        double[] metres = new double[villageCount * villageCount];
        for (int a = 0; a < villageCount; a++) {
            for (int b = 0; b < villageCount; b++) {
                metres[a * villageCount + b] = 1_300 * Math.hypot(at[a][0] - at[b][0], at[a][1] - at[b][1]);
            }
        }
        VillageDistances distances = new VillageDistances(villageCount, metres);
        List<VillageSite> villages = new ArrayList<>();
        for (int v = 0; v < villageCount; v++) {
            long upgrade = random.nextDouble() < 0.7 ? 100 * (3_000 + random.nextInt(5_001)) : VillageSite.NO_UPGRADE;
            villages.add(new VillageSite(v, "V" + v, "村" + v, "T" + township[v], 100 + random.nextInt(601),
                    random.nextDouble() < 0.1, random.nextDouble() < 0.3, keepExisting, upgrade,
                    100L * (20_000 + random.nextInt(20_001)), distances));
        }
        return new SitingPlan(SitingConstraintProviderTest.RULES, townships, distances, villages);
    }
}
