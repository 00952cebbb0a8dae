package org.gongpei.datasets.daming;

import java.util.ArrayList;
import java.util.List;
import org.gongpei.planning.geo.XY;

/**
 * Chooses the designated township hubs by greedy p-median: starting from the county centre alone,
 * repeatedly add the candidate seat that most reduces the sum over villages of residents × straight
 * distance to the nearest facility. Deterministic given positions and populations.
 */
final class HubSelector {

    private HubSelector() {
    }

    /**
     * @param centre the county centre
     * @param candidates candidate hub positions
     * @param eligible per candidate, whether it may be chosen
     * @param villages village positions
     * @param population residents per village
     * @param count how many to choose
     * @return indexes of the chosen candidates, in the order chosen
     */
    static List<Integer> choose(XY centre, List<XY> candidates, List<Boolean> eligible, List<XY> villages,
            int[] population, int count) {
        double[] nearestMetres = new double[villages.size()];
        for (int v = 0; v < villages.size(); v++) {
            nearestMetres[v] = villages.get(v).distanceMetres(centre);
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int best = -1;
            double bestCost = Double.MAX_VALUE;
            for (int c = 0; c < candidates.size(); c++) {
                if (!eligible.get(c) || chosen.contains(c)) {
                    continue;
                }
                double cost = 0;
                for (int v = 0; v < villages.size(); v++) {
                    cost += population[v] * StrictMath.min(nearestMetres[v], villages.get(v).distanceMetres(candidates.get(c)));
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
            chosen.add(best);
            for (int v = 0; v < villages.size(); v++) {
                nearestMetres[v] = StrictMath.min(nearestMetres[v], villages.get(v).distanceMetres(candidates.get(best)));
            }
        }
        return chosen;
    }
}
