package org.gongpei.solver.solomon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;

/**
 * Reads a Solomon VRPTW instance (name, vehicle count and capacity, then one line per customer with
 * number, x, y, demand, ready time, due date and service time; the first customer is the depot).
 * Distance = time = Euclidean distance, unrounded. The model works in whole numbers, so one Solomon
 * unit is {@link #SCALE} model metres or seconds: distances are rounded to the nearest 10⁻⁶ unit and
 * travel times rounded up, so a plan that is on time in the model is on time in exact arithmetic.
 * Only distance costs: each vehicle costs 1 per km, i.e. 1 per 1,000 Solomon units.
 */
public final class SolomonReader {

    /** Model metres (and seconds) per Solomon unit. */
    public static final long SCALE = 1_000_000L;

    private SolomonReader() {
    }

    /** Reads an instance file; {@code maxCustomers} keeps only the first customers (0 for all). */
    public static RoutePlan read(Path file, int maxCustomers) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = lines.stream().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Solomon file " + file + " is empty."));
        int vehicleCount = -1;
        long capacity = -1;
        List<double[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+");
            if (!isNumeric(fields)) {
                continue;
            }
            if (fields.length == 2 && vehicleCount < 0) {
                vehicleCount = Integer.parseInt(fields[0]);
                capacity = Long.parseLong(fields[1]);
            } else if (fields.length == 7) {
                double[] row = new double[7];
                for (int i = 0; i < 7; i++) {
                    row[i] = Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
        }
        if (vehicleCount <= 0 || rows.size() < 2) {
            throw new IllegalArgumentException("Solomon file " + file + " has no vehicle line or no customers.");
        }
        if (maxCustomers > 0 && rows.size() > maxCustomers + 1) {
            rows = rows.subList(0, maxCustomers + 1);
        }
        return toPlan(name, vehicleCount, capacity, rows);
    }

    private static RoutePlan toPlan(String name, int vehicleCount, long capacity, List<double[]> rows) {
        int n = rows.size();
        long[] distance = new long[n * n];
        long[] duration = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                double euclidean = Math.hypot(rows.get(from)[1] - rows.get(to)[1], rows.get(from)[2] - rows.get(to)[2]);
                distance[from * n + to] = Math.round(euclidean * SCALE);
                duration[from * n + to] = (long) Math.ceil(euclidean * SCALE);
            }
        }
        TravelMatrix matrix = new TravelMatrix(n, distance, duration);
        double[] depot = rows.get(0);
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < vehicleCount; v++) {
            vehicles.add(new Vehicle("vehicle-" + v, 0, matrix)
                    .withShift(scaled(depot[4]), scaled(depot[5]))
                    .withCosts(0, 1, 0)
                    .withCapacity(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, capacity)));
        }
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            double[] row = rows.get(i);
            stops.add(new Stop(Long.toString((long) row[0]), i)
                    .withTimeWindow(scaled(row[4]), scaled(row[5]))
                    .withService(scaled(row[6]), 0)
                    .withDelivery(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, (long) row[3])));
        }
        return new RoutePlan(name, vehicles, stops);
    }

    private static long scaled(double solomonUnits) {
        return Math.round(solomonUnits * SCALE);
    }

    private static boolean isNumeric(String[] fields) {
        for (String field : fields) {
            if (field.isEmpty() || !field.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return false;
            }
        }
        return true;
    }
}
