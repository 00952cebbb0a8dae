package org.gongpei.solver.daily;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;

/**
 * A synthetic county on a plane for planner tests: the centre at the origin, hubs on a ring, villages
 * scattered around them; road distance 1.3 × straight line, 40 km/h (trucks) and 30 km/h (vans).
 */
public final class DailyFixtures {

    static final String TRUCK = "truck";
    static final String VAN = "van";

    final List<double[]> points = new ArrayList<>();
    final List<HubSite> hubs = new ArrayList<>();
    final List<VillageDemand> villages = new ArrayList<>();
    final List<VehicleType> fleet = new ArrayList<>();

    /** @param hubCount hubs on a 15 km ring; @param villagesPerHub villages within 6 km of each hub */
    public static DailyFixtures county(int hubCount, int villagesPerHub, long seed) {
        DailyFixtures county = new DailyFixtures();
        Random random = new Random(seed);
        county.points.add(new double[] {0, 0});
        for (int h = 0; h < hubCount; h++) {
            double angle = 2 * Math.PI * h / hubCount;
            double[] at = {15 * Math.cos(angle), 15 * Math.sin(angle)};
            county.hubs.add(new HubSite("H" + h, "hub " + h, county.points.size(), h % 2 == 0, 5_000,
                    6 * 3600, 20 * 3600));
            county.points.add(at);
            for (int v = 0; v < villagesPerHub; v++) {
                double r = 6 * Math.sqrt(random.nextDouble());
                double a = 2 * Math.PI * random.nextDouble();
                int parcels = 20 + random.nextInt(60);
                List<FarmPickup> pickups = new ArrayList<>();
                if (random.nextDouble() < 0.3) {
                    pickups.add(new FarmPickup("PEANUTS", 5, 25_000, 60_000, false, 10 * 3600, Stop.NO_LIMIT));
                }
                if (random.nextDouble() < 0.2) {
                    pickups.add(new FarmPickup("FRESH_VEGETABLES", 4, 20_000, 80_000, true, 9 * 3600, 4 * 3600));
                }
                county.addVillage("V" + h + "-" + v, at[0] + r * Math.cos(a), at[1] + r * Math.sin(a), parcels,
                        random.nextInt(3), pickups);
            }
        }
        county.fleet.add(new VehicleType("BOX", "box truck", VehicleRole.TRUNK, TRUCK, 6,
                Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 3_000)
                        .with(TemperatureClass.AMBIENT, Dimension.GRAMS, 1_500_000)
                        .with(TemperatureClass.AMBIENT, Dimension.CUBIC_CENTIMETRES, 16_000_000),
                15_000, 100, 0, 5 * 3600 + 1800, 21 * 3600, 11 * 3600));
        county.fleet.add(new VehicleType("REEFER", "reefer", VehicleRole.TRUNK, TRUCK, 2,
                Quantities.of(TemperatureClass.CHILLED, Dimension.PARCELS, 2_000)
                        .with(TemperatureClass.CHILLED, Dimension.GRAMS, 1_300_000)
                        .with(TemperatureClass.CHILLED, Dimension.CUBIC_CENTIMETRES, 13_000_000),
                15_000, 150, 0, 5 * 3600 + 1800, 21 * 3600, 11 * 3600));
        county.fleet.add(van("CVAN", VehicleRole.CENTRE_DELIVERY, 4));
        county.fleet.add(van("HVAN", VehicleRole.HUB_DELIVERY, 6));
        return county;
    }

    static VehicleType van(String code, VehicleRole role, int count) {
        return new VehicleType(code, "van", role, VAN, count,
                Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 400)
                        .with(TemperatureClass.AMBIENT, Dimension.GRAMS, 600_000)
                        .with(TemperatureClass.AMBIENT, Dimension.CUBIC_CENTIMETRES, 3_000_000)
                        .with(TemperatureClass.CHILLED, Dimension.PARCELS, 60)
                        .with(TemperatureClass.CHILLED, Dimension.GRAMS, 150_000)
                        .with(TemperatureClass.CHILLED, Dimension.CUBIC_CENTIMETRES, 400_000),
                10_000, 60, 0, 5 * 3600 + 1800, 21 * 3600, 11 * 3600);
    }

    public void addVillage(String code, double xKm, double yKm, int parcels, int chilled, List<FarmPickup> pickups) {
        Map<String, Integer> byCarrier = new LinkedHashMap<>();
        byCarrier.put("ZTO", parcels / 2);
        byCarrier.put("YTO", parcels - parcels / 2);
        villages.add(new VillageDemand(code, "village " + code, points.size(), byCarrier, Math.min(chilled, parcels),
                parcels * 1_500L, parcels * 8_000L, pickups));
        points.add(new double[] {xKm, yKm});
    }

    public DailyProblem problem(Duration timeLimit) {
        return problem(DailyParameters.defaults(timeLimit));
    }

    public DailyProblem problem(DailyParameters parameters) {
        return new DailyProblem("test day", "C", "centre", 0, hubs, villages, fleet,
                Map.of(TRUCK, matrix(40), VAN, matrix(30)), parameters);
    }

    private TravelMatrix matrix(double kmPerHour) {
        int n = points.size();
        long[] metres = new long[n * n];
        long[] seconds = new long[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double km = 1.3 * Math.hypot(points.get(i)[0] - points.get(j)[0], points.get(i)[1] - points.get(j)[1]);
                metres[i * n + j] = Math.round(km * 1000);
                seconds[i * n + j] = (long) Math.ceil(km / kmPerHour * 3600);
            }
        }
        return new TravelMatrix(n, metres, seconds);
    }
}
