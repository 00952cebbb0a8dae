package org.gongpei.solver.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gongpei.solver.checker.CheckReport;
import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Reloads;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.domain.Vehicle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On small generated instances with vans that need several trips, the solver finds the optimum that a brute
 * force over every split of the stops between the vans and every order of each van's stops finds (the trips of
 * an order follow from the model's rule, and every plan is costed by the independent checker).
 */
class MultiTripOptimumTest {

    private static final int STOPS = 7;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void solverMatchesTheBruteForceOptimum(long seed) {
        RoutePlan problem = instance(seed);
        long optimum = bruteForceOptimum(instance(seed));

        RoutePlan solution = new RouteSolver(Duration.ofSeconds(2)).solve(problem);
        CheckReport report = new SolutionChecker().check(solution);

        assertThat(report.violations()).isEmpty();
        assertThat(report.totalCostScoreUnits()).isEqualTo(optimum);
        assertThat(solution.getScore().softScore()).isEqualTo(-optimum);
        assertThat(solution.getStops()).anyMatch(stop -> stop.getTrip() > 1); // the optimum uses reloads
    }

    /** Two vans of 10 parcels with up to three trips, seven villages of 2–6 parcels, a break rule on even seeds. */
    private static RoutePlan instance(long seed) {
        Random random = new Random(seed);
        int n = STOPS + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = random.nextDouble(-15_000, 15_000);
            y[i] = random.nextDouble(-15_000, 15_000);
        }
        long[] metres = new long[n * n];
        long[] seconds = new long[n * n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                long road = Math.round(1.3 * Math.hypot(x[from] - x[to], y[from] - y[to]));
                metres[from * n + to] = road;
                seconds[from * n + to] = road * 3_600 / 40_000;
            }
        }
        TravelMatrix matrix = new TravelMatrix(n, metres, seconds);
        List<Vehicle> vans = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            vans.add(new Vehicle("van-" + v, 0, matrix).withShift(6 * 3_600, 18 * 3_600).withCosts(200, 2, 30)
                    .withCapacity(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, 10))
                    .withReloads(new Reloads(3, 900, 20))
                    .withBreakRule(seed % 2 == 0 ? new BreakRule(3_600, 1_800) : BreakRule.NONE));
        }
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            long ready = 8 * 3_600 + random.nextInt(3) * 3_600;
            stops.add(new Stop("s" + i, i).withTimeWindow(ready, ready + 6 * 3_600).withService(180, 10)
                    .withDelivery(Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, random.nextInt(2, 7))));
        }
        return new RoutePlan("multi-trip-" + seed, vans, stops);
    }

    private static long bruteForceOptimum(RoutePlan plan) {
        SolutionChecker checker = new SolutionChecker();
        List<Stop> stops = plan.getStops();
        long best = Long.MAX_VALUE;
        for (int mask = 0; mask < 1 << stops.size(); mask++) {
            List<Stop> first = new ArrayList<>();
            List<Stop> second = new ArrayList<>();
            for (int i = 0; i < stops.size(); i++) {
                ((mask >> i & 1) == 0 ? first : second).add(stops.get(i));
            }
            for (List<Stop> firstOrder : permutations(first)) {
                for (List<Stop> secondOrder : permutations(second)) {
                    plan.getVehicles().get(0).setStops(new ArrayList<>(firstOrder));
                    plan.getVehicles().get(1).setStops(new ArrayList<>(secondOrder));
                    CheckReport report = checker.check(plan);
                    if (report.feasible()) {
                        best = Math.min(best, report.totalCostScoreUnits());
                    }
                }
            }
        }
        return best;
    }

    private static List<List<Stop>> permutations(List<Stop> stops) {
        if (stops.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Stop>> all = new ArrayList<>();
        for (Stop head : stops) {
            List<Stop> rest = new ArrayList<>(stops);
            rest.remove(head);
            for (List<Stop> tail : permutations(rest)) {
                List<Stop> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
