package org.gongpei.benchmarks.daily;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.gongpei.solver.daily.replan.PlanChange;
import org.gongpei.solver.daily.replan.Replanner;
import org.gongpei.solver.daily.replan.Replanning;
import org.gongpei.solver.daily.replan.UrgentPickup;
import org.gongpei.solver.daily.replan.VehicleBreakdown;

/**
 * On demand, not in the test run: plans the Daming demo day, then re-plans it after breakdowns of the busiest
 * last-mile and direct vans and after urgent pickups, with several time limits, and prints a table. Arguments:
 * the re-planning limits in seconds (default 3 10), optionally {@code --plan-seconds N} (default 30).
 */
public final class ReplanBenchmark {

    private ReplanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> limits = new ArrayList<>();
        int planSeconds = 30;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--plan-seconds")) {
                planSeconds = Integer.parseInt(args[++i]);
            } else {
                limits.add(Integer.parseInt(args[i]));
            }
        }
        if (limits.isEmpty()) {
            limits = List.of(3, 10);
        }
        CountyNetworkData county = DemoCounties.daming();
        DayDemand demand = DayDemand.generated(county, LocalDate.of(2025, 6, 16), 1);
        Path work = Files.createTempDirectory("gongpei-replan-bench");
        try (RoadNetwork roads = RoadNetwork.open(ReplanBenchmark.class.getResource(DemoCounties.DAMING_ROADS),
                work.resolve("graphs"))) {
            DailyProblem problem = DailyProblems.build(county, demand, DailyFleet.sizedFor(county, demand),
                    HubChoice.DESIGNATED, MatrixSource.roads(roads, work.resolve("matrices")),
                    DailyParameters.defaults(Duration.ofSeconds(planSeconds)));
            DailyPlan plan = new DailyPlanner().plan(problem, null);
            System.out.printf(Locale.ROOT, "Plan at %d s: %d routes, %.0f yuan, %d unserved villages, %d violations%n%n",
                    planSeconds, plan.routes().size(), plan.totals().costFen() / 100.0, plan.unserved().size(),
                    plan.violations().size());
            System.out.println("| change | leg | at | limit s | wall s | cost Δ yuan | unserved villages before → after"
                    + " | violations | finished stops changed |");
            System.out.println("|---|---|---|---:|---:|---:|---|---:|---:|");
            for (PlannedRoute van : busiestVans(plan)) {
                long at = van.stops().get(1).arrivalSeconds() - 60;
                for (PlanChange change : List.of(new VehicleBreakdown(van.vehicleId(), at),
                        new UrgentPickup(van.stops().getLast().siteCode(), 8, 0, at + 1800, null, at))) {
                    for (int limit : limits) {
                        long start = System.nanoTime();
                        Replanning result = new Replanner(Duration.ofSeconds(limit)).replan(problem, plan, change);
                        double wall = (System.nanoTime() - start) / 1e9;
                        DailyPlan after = result.plan();
                        System.out.println(String.format(Locale.ROOT, "| %s | %s %s | %s | %d | %.1f | %+.0f | %d → %d | %d | %d |",
                                change instanceof VehicleBreakdown ? "breakdown " + van.vehicleId() : "urgent pickup, 8 parcels",
                                van.echelon(), van.depotCode(), clock(at), limit, wall,
                                (after.totals().costFen() - plan.totals().costFen()) / 100.0, plan.unserved().size(),
                                after.unserved().size(), after.violations().size(),
                                Replanner.finishedStopChanges(plan, after, at).size()));
                        after.violations().stream().limit(3).forEach(v -> System.out.println("  violation: " + v));
                    }
                }
            }
        }
    }

    /** The last-mile van and the direct van with the most stops. */
    private static List<PlannedRoute> busiestVans(DailyPlan plan) {
        List<PlannedRoute> vans = new ArrayList<>();
        for (Echelon echelon : List.of(Echelon.LAST_MILE, Echelon.DIRECT)) {
            plan.routes().stream().filter(r -> r.echelon() == echelon && r.stops().size() >= 3)
                    .max(Comparator.comparingInt(r -> r.stops().size())).ifPresent(vans::add);
        }
        return vans;
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 3600, seconds % 3600 / 60);
    }
}
