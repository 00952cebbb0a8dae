package org.gongpei.solver.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Reloads;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;

/** Seeded rural-style problems that use every feature: compartments, pickups, windows, optional stops. */
public final class RandomProblems {

    private RandomProblems() {
    }

    public static RoutePlan create(long seed, int stopCount, int vehicleCount) {
        Random random = new Random(seed);
        int n = stopCount + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = random.nextDouble(-20_000, 20_000);
            y[i] = random.nextDouble(-20_000, 20_000);
        }
        long[] metres = new long[n * n];
        long[] seconds = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                long road = Math.round(1.3 * Math.hypot(x[from] - x[to], y[from] - y[to]));
                metres[from * n + to] = road;
                seconds[from * n + to] = road * 60 / 1_000 / 40; // 40 km/h
            }
        }
        TravelMatrix matrix = new TravelMatrix(n, metres, seconds);
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < vehicleCount; v++) {
            Quantities capacity = Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 60)
                    .with(TemperatureClass.AMBIENT, Dimension.GRAMS, 400_000);
            if (v % 2 == 0) {
                capacity = capacity.with(TemperatureClass.CHILLED, Dimension.PARCELS, 25)
                        .with(TemperatureClass.FROZEN, Dimension.PARCELS, 15);
            }
            vehicles.add(new Vehicle("v" + v, 0, matrix).withShift(6 * 3_600, 18 * 3_600)
                    .withMaxWorkingSeconds(10 * 3_600).withCosts(150, 1 + v % 2, 30)
                    .withCapacity(capacity));
        }
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            long ready = 6 * 3_600 + random.nextInt(6) * 3_600;
            Stop stop = new Stop("s" + i, i).withName("village " + i)
                    .withTimeWindow(ready, ready + 3 * 3_600 + random.nextInt(4) * 3_600)
                    .withService(120, 15);
            int parcels = random.nextInt(1, 12);
            stop.withDelivery(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, parcels)
                    .with(TemperatureClass.AMBIENT, Dimension.GRAMS, parcels * 2_000L));
            if (random.nextInt(3) == 0) {
                TemperatureClass cold = random.nextBoolean() ? TemperatureClass.CHILLED : TemperatureClass.FROZEN;
                stop.withPickup(Quantities.of(cold, Dimension.PARCELS, random.nextInt(1, 4)))
                        .withMaxSecondsToColdStore(3 * 3_600);
            } else if (random.nextInt(3) == 0) {
                stop.withPickup(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, random.nextInt(1, 15)));
            }
            if (random.nextInt(5) == 0) {
                stop.optional(1_000 + random.nextInt(1_000));
            }
            stops.add(stop);
        }
        return new RoutePlan("random-" + seed, vehicles, stops);
    }

    /**
     * The same problem with small vans that may drive up to three trips (15 min reload plus 20 s a parcel) and a
     * break rule of 30 min after 2 h of driving, so that routes need several trips.
     */
    public static RoutePlan createMultiTrip(long seed, int stopCount, int vehicleCount) {
        RoutePlan plan = create(seed, stopCount, vehicleCount);
        for (Vehicle vehicle : plan.getVehicles()) {
            vehicle.withCapacity(vehicle.getCapacity().with(TemperatureClass.AMBIENT, Dimension.PARCELS, 25))
                    .withReloads(new Reloads(3, 900, 20))
                    .withBreakRule(new BreakRule(2 * 3_600, 1_800));
        }
        return plan;
    }

    /**
     * The multi-trip problem with each van's second and third reloads held back until a random time (a dock
     * busy), from one to seven hours after the start of its shift, so that some vans wait at their depot and some do
     * not.
     */
    public static RoutePlan createMultiTripWithDockWaits(long seed, int stopCount, int vehicleCount) {
        RoutePlan plan = createMultiTrip(seed, stopCount, vehicleCount);
        Random random = new Random(seed * 7 + 3);
        for (Vehicle vehicle : plan.getVehicles()) {
            long start = vehicle.getShiftStartSeconds();
            vehicle.withReloadsNotBefore(start + 3_600 + random.nextInt(6 * 3_600),
                    start + 3_600 + random.nextInt(6 * 3_600));
        }
        return plan;
    }

    /** Assigns stops to random vehicles in random order, leaving some unassigned. */
    public static void assignRandomly(RoutePlan plan, long seed) {
        Random random = new Random(seed);
        for (Vehicle vehicle : plan.getVehicles()) {
            vehicle.setStops(new ArrayList<>());
        }
        for (Stop stop : plan.getStops()) {
            if (random.nextInt(8) != 0) {
                List<Stop> route = plan.getVehicles().get(random.nextInt(plan.getVehicles().size())).getStops();
                route.add(random.nextInt(route.size() + 1), stop);
            }
        }
    }
}
