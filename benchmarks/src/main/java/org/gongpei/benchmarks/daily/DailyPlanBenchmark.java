package org.gongpei.benchmarks.daily;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.VehicleType;

/**
 * On demand, not in the test run: plans a demo day of Daming and of the Bayreuth real-roads county with
 * several time limits and prints a table. Arguments: the time limits in seconds (default 10 60), then
 * optionally {@code --county daming|bayreuth}, {@code --hubs DESIGNATED|ALL}, {@code --trips N} (trips a
 * delivery van may drive, default that of {@link DailyParameters#defaults}; 1 = one trip a day) and
 * {@code --docks N} (vans loading at a hub at once, default no limit). The last column adds up the time vans stand
 * at their hubs between two trips beyond the reload itself: waits for a dock, and breaks taken there.
 */
public final class DailyPlanBenchmark {

    /** With {@code -Dgongpei.bench.phases=true}, when each step of a plan starts is printed to standard error. */
    private static final boolean PHASES = Boolean.getBoolean("gongpei.bench.phases");

    private DailyPlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.List<Integer> limits = new java.util.ArrayList<>();
        String only = null;
        HubChoice hubs = HubChoice.DESIGNATED;
        Integer trips = null;
        int docks = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--county" -> only = args[++i];
                case "--hubs" -> hubs = HubChoice.valueOf(args[++i]);
                case "--trips" -> trips = Integer.parseInt(args[++i]);
                case "--docks" -> docks = Integer.parseInt(args[++i]);
                default -> limits.add(Integer.parseInt(args[i]));
            }
        }
        if (limits.isEmpty()) {
            limits = java.util.List.of(10, 60);
        }
        Path work = Files.createTempDirectory("gongpei-daily-bench");
        System.out.println("| county | hubs | max trips | limit s | wall s | villages | parcels down | parcels up | routes | vehicles | van trips | km | cost yuan | yuan/parcel | unserved villages | unserved parcels | violations | docks | hub waits min |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        if (only == null || only.equals("daming")) {
            run("daming", DemoCounties.daming(), DemoCounties.DAMING_ROADS, LocalDate.of(2025, 6, 16), hubs, limits, trips,
                    docks, work);
        }
        if (only == null || only.equals("bayreuth")) {
            run("bayreuth", DemoCounties.bayreuth(), DemoCounties.BAYREUTH_ROADS, LocalDate.of(2025, 6, 16), HubChoice.ALL,
                    limits, trips, docks, work);
        }
    }

    private static void run(String name, CountyNetworkData county, String roadsResource, LocalDate day, HubChoice hubs,
            java.util.List<Integer> limits, Integer trips, int docks, Path work) {
        DayDemand demand = DayDemand.generated(county, day, 1);
        try (RoadNetwork roads = RoadNetwork.open(DailyPlanBenchmark.class.getResource(roadsResource),
                work.resolve(name + "-graphs"))) {
            for (int limit : limits) {
                DailyParameters parameters = DailyParameters.defaults(Duration.ofSeconds(limit));
                if (trips != null) {
                    parameters = parameters.withMaxTripsPerVan(trips);
                }
                parameters = parameters.withHubLimits(docks, 0);
                DailyProblem problem = DailyProblems.build(county, demand, DailyFleet.sizedFor(county, demand), hubs,
                        MatrixSource.roads(roads, work.resolve(name + "-matrices")), parameters);
                long start = System.nanoTime();
                String[] phase = {""};
                DailyPlan plan = new DailyPlanner().plan(problem, progress -> {
                    synchronized (phase) {
                        if (PHASES && !progress.phase().equals(phase[0])) {
                            phase[0] = progress.phase();
                            System.err.printf(Locale.ROOT, "  %6d ms  %s%n", progress.elapsedMillis(), progress.phase());
                        }
                    }
                });
                double wall = (System.nanoTime() - start) / 1e9;
                System.out.println(String.format(Locale.ROOT,
                        "| %s | %s | %d | %d | %.1f | %d | %d | %d | %d | %d | %d | %.0f | %.0f | %.3f | %d | %d | %d | %s | %.0f |",
                        name, hubs, parameters.maxTripsPerVan(), limit, wall, plan.totals().villagesServed(),
                        plan.totals().parcelsDelivered(), plan.totals().parcelsPickedUp(), plan.routes().size(),
                        plan.totals().vehiclesUsed(), vanTrips(plan), plan.totals().distanceMetres() / 1000.0,
                        plan.totals().costFen() / 100.0, plan.totals().costPerParcelYuan(), plan.unserved().size(),
                        plan.unserved().stream().mapToInt(u -> u.parcels() + u.pickupParcels()).sum(),
                        plan.violations().size(), docks == 0 ? "-" : Integer.toString(docks),
                        hubWaitSeconds(problem, plan) / 60.0));
                plan.violations().stream().limit(5).forEach(v -> System.out.println("  violation: " + v));
                plan.unserved().stream().limit(5).forEach(u -> System.out.println("  unserved: " + u));
            }
        }
    }

    /** @return the time vans stood at their hubs between trips beyond their reloads, seconds */
    private static long hubWaitSeconds(DailyProblem problem, DailyPlan plan) {
        java.util.Map<String, Integer> location = new java.util.HashMap<>();
        problem.villages().forEach(village -> location.put(village.code(), village.locationIndex()));
        problem.hubs().forEach(hub -> location.put(hub.code(), hub.locationIndex()));
        long waited = 0;
        for (PlannedRoute route : plan.routes()) {
            if (route.echelon() != Echelon.LAST_MILE) {
                continue;
            }
            VehicleType type = problem.vehicleTypes().stream().filter(t -> t.code().equals(route.vehicleType()))
                    .findFirst().orElseThrow();
            java.util.List<PlannedStop> stops = route.stops();
            long returned = 0;
            for (int i = 0; i < stops.size(); i++) {
                if (i > 0 && stops.get(i).trip() != stops.get(i - 1).trip()) {
                    PlannedStop last = stops.get(i - 1);
                    long back = last.departureSeconds() + problem.matrixOf(type)
                            .durationSeconds(location.get(last.siteCode()), location.get(route.depotCode()));
                    long reload = problem.parameters().reloadSeconds()
                            + problem.parameters().reloadSecondsPerParcel() * returned;
                    waited += stops.get(i).tripDepartureSeconds() - reload - back;
                    returned = 0;
                }
                returned += stops.get(i).pickupParcels();
            }
        }
        return waited;
    }

    /** @return the trips of the delivery vans (last mile and direct) */
    private static int vanTrips(DailyPlan plan) {
        return plan.routes().stream()
                .filter(route -> route.echelon() == Echelon.LAST_MILE || route.echelon() == Echelon.DIRECT)
                .mapToInt(route -> route.stops().stream().mapToInt(PlannedStop::trip).max().orElse(0)).sum();
    }
}
