package org.gongpei.solver.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random hub assignment problems on a plane: the county centre in the middle, hubs on a ring around it,
 * villages scattered over a disc. Serving cost = a share of the round trip by road (1 yuan a km, shared by about
 * three villages on a route) plus 0.20 yuan a parcel handled; hubs are reachable within a radius, the centre
 * from everywhere.
 */
final class RandomHubProblems {

    private static final double REACH_KM = 18;

    private RandomHubProblems() {
    }

    /**
     * @param hubCapacity parcels per hub per day
     * @param hubOpeningCostFen daily opening cost of a hub
     */
    static HubAssignmentPlan generate(long seed, int hubs, int villages, double radiusKm, int hubCapacity,
            long hubOpeningCostFen) {
        Random random = new Random(seed);
        List<Depot> depots = new ArrayList<>();
        double[][] depotXy = new double[hubs + 1][];
        depots.add(new Depot(0, "C", "县共配中心", true, true, Depot.UNLIMITED, 0));
        depotXy[0] = new double[] {0, 0};
        for (int h = 1; h <= hubs; h++) {
            double angle = 2 * Math.PI * h / hubs;
            double ring = radiusKm * (0.45 + 0.3 * random.nextDouble());
            depotXy[h] = new double[] {ring * Math.cos(angle), ring * Math.sin(angle)};
            depots.add(new Depot(h, "H" + h, "乡镇站" + h, false, h % 2 == 0, hubCapacity, hubOpeningCostFen));
        }
        List<VillageAssignment> result = new ArrayList<>();
        for (int v = 0; v < villages; v++) {
            double r = radiusKm * Math.sqrt(random.nextDouble());
            double angle = 2 * Math.PI * random.nextDouble();
            double x = r * Math.cos(angle);
            double y = r * Math.sin(angle);
            int parcels = 5 + random.nextInt(56);
            long[] costs = new long[depots.size()];
            List<Depot> allowed = new ArrayList<>();
            for (Depot depot : depots) {
                double km = 1.3 * Math.hypot(x - depotXy[depot.index()][0], y - depotXy[depot.index()][1]);
                costs[depot.index()] = Math.round(km * 2 * 100 / 3) + 20L * parcels;
                if (depot.centre() || km <= REACH_KM) {
                    allowed.add(depot);
                }
            }
            result.add(new VillageAssignment("V" + v, "村" + v, parcels, random.nextInt(10) == 0, costs, allowed));
        }
        return new HubAssignmentPlan(depots, result);
    }
}
