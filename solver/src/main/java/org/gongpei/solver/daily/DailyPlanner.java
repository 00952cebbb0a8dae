package org.gongpei.solver.daily;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.checker.Violation;
import org.gongpei.solver.daily.model.Assignment;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlanningProgress;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.UnservedReason;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.daily.step.AssignmentStep;
import org.gongpei.solver.daily.step.DockedLeg;
import org.gongpei.solver.daily.step.Leg;
import org.gongpei.solver.daily.step.LastMileLegs;
import org.gongpei.solver.daily.step.LegSolver;
import org.gongpei.solver.daily.step.RouteAssembler;
import org.gongpei.solver.daily.step.TrunkLegs;
import org.gongpei.solver.daily.step.UnservedReasons;

/**
 * Plans one day of a county's joint distribution in four steps that each use the one before:
 * <ol>
 * <li><b>hub assignment</b>: which depot (a hub, or the centre directly) serves each village, by estimated
 * road cost and hub capacity ({@link AssignmentStep});</li>
 * <li><b>trunk down</b>: the trucks' routes from the centre to the hubs in use, each hub's parcels split into
 * truckloads per temperature class;</li>
 * <li><b>last mile and direct</b>: per depot, the routes to its villages and back, parcels down and farm
 * products up; a hub's vans leave only after the last truck bringing its parcels has been unloaded plus
 * the handling time (cross-docking); these legs are solved in parallel;</li>
 * <li><b>trunk up</b>: the trucks collect at each hub the farm products its vans brought back, once the
 * last of those vans has returned plus the handling time; trucks that drove in the morning start again
 * after their return, without a second fixed cost.</li>
 * </ol>
 * The time limit is shared 10 / 5 / 75 / 5 % between the steps (the trunk legs are a few stops, the last mile is
 * where the cost is: benchmarks/daily-plan.md); what a step overruns is taken from the next
 * ones, and the last step has what is left but a moment to assemble and check the plan. Every leg is
 * checked by the independent {@link SolutionChecker} and the whole day by {@link DailyPlanChecker}.
 * One planner runs one solve at a time; {@link #terminateEarly()} may be called from another thread.
 */
public final class DailyPlanner {

    private static final double ASSIGNMENT_SHARE = 0.10;
    private static final double TRUNK_DOWN_SHARE = 0.05;
    private static final double LAST_MILE_SHARE = 0.75;
    private static final double TRUNK_UP_SHARE = 0.05;
    /** Kept at the end of the time limit for assembling and checking the plan (at most 5 % of the limit). */
    private static final long ASSEMBLY_MILLIS = 200;

    private final AssignmentStep assignment = new AssignmentStep();
    private final LegSolver legSolver = new LegSolver();

    /**
     * Solves the day within the problem's time limit.
     *
     * @param problem the day to plan
     * @param progress told of progress (may be called from solver threads); may be null
     * @return the plan, checked independently
     */
    public DailyPlan plan(DailyProblem problem, Consumer<PlanningProgress> progress) {
        Run run = new Run(problem, progress == null ? p -> { } : progress);
        return run.plan();
    }

    /** Asks a running {@link #plan} to finish soon with the best plan found so far. */
    public void terminateEarly() {
        assignment.stop();
        legSolver.stop();
    }

    /** The state of one solve. */
    private final class Run {

        private final DailyProblem problem;
        private final DailyParameters parameters;
        private final Consumer<PlanningProgress> progress;
        private final long startNanos = System.nanoTime();
        private final List<VillageDemand> villages;
        private final Map<String, List<UnservedReason>> unservedReasons = new LinkedHashMap<>();
        private final List<String> violations = new ArrayList<>();
        private final SolutionChecker checker = new SolutionChecker();

        Run(DailyProblem problem, Consumer<PlanningProgress> progress) {
            this.problem = problem;
            this.parameters = problem.parameters();
            this.progress = progress;
            this.villages = problem.villages().stream().filter(VillageDemand::hasDemand).toList();
        }

        DailyPlan plan() {
            report("hub assignment", null);
            int[] depotOf = assignment.assign(problem, villages,
                    share(ASSIGNMENT_SHARE, TRUNK_DOWN_SHARE + LAST_MILE_SHARE + TRUNK_UP_SHARE),
                    score -> report("hub assignment", score));
            List<List<VillageDemand>> villagesByDepot = groupByDepot(depotOf);

            Leg trunkDown = TrunkLegs.trunkDown(problem, villagesByDepot, violations);
            solve(trunkDown, share(TRUNK_DOWN_SHARE, LAST_MILE_SHARE + TRUNK_UP_SHARE), "trunk down");
            long[] hubReady = hubReadySeconds(trunkDown);

            List<Leg> lastMile = LastMileLegs.build(problem, villagesByDepot, hubReady, this::reason);
            solveInParallel(lastMile, share(LAST_MILE_SHARE, TRUNK_UP_SHARE));

            List<PlannedRoute> lastMileRoutes = new ArrayList<>();
            lastMile.forEach(leg -> lastMileRoutes.addAll(RouteAssembler.routes(leg)));
            Leg trunkUp = TrunkLegs.trunkUp(problem, lastMileRoutes, RouteAssembler.routes(trunkDown), violations);
            solve(trunkUp, Duration.ofMillis(Math.max(1, remainingMillis() - assemblyMillis())), "trunk up");

            List<Leg> legs = new ArrayList<>();
            legs.add(trunkDown);
            legs.addAll(lastMile);
            legs.add(trunkUp);
            DailyPlan plan = assemble(legs, villagesByDepot);
            report("done", null);
            return plan;
        }

        private List<List<VillageDemand>> groupByDepot(int[] depotOf) {
            List<List<VillageDemand>> byDepot = new ArrayList<>();
            for (int d = 0; d <= problem.hubs().size(); d++) {
                byDepot.add(new ArrayList<>());
            }
            for (int v = 0; v < villages.size(); v++) {
                if (depotOf[v] < 0) {
                    reason(villages.get(v).code(), UnservedReason.of("NO_DELIVERY_VEHICLE",
                            "no delivery vehicle of the fleet is based at the centre or at a hub"));
                } else {
                    byDepot.get(depotOf[v]).add(villages.get(v));
                }
            }
            return byDepot;
        }

        private long[] hubReadySeconds(Leg trunkDown) {
            List<PlannedRoute> trucks = RouteAssembler.routes(trunkDown);
            long[] ready = new long[problem.hubs().size()];
            for (int h = 0; h < ready.length; h++) {
                ready[h] = TrunkLegs.hubReadySeconds(problem, trucks, problem.hubs().get(h));
            }
            return ready;
        }

        private void solveInParallel(List<Leg> legs, Duration budget) {
            if (legs.isEmpty()) {
                return;
            }
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), legs.size()));
            long totalStops = Math.max(1, legs.stream().mapToLong(Leg::size).sum());
            long deadline = elapsedMillis() + budget.toMillis();
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                // The largest legs first, and none beyond the step's end: a large leg started last would
                // otherwise run past the time limit while the other threads are idle.
                List<Leg> largestFirst = legs.stream().sorted(Comparator.comparingLong(Leg::size).reversed()).toList();
                for (Leg leg : largestFirst) {
                    long share = Math.min(budget.toMillis(), budget.toMillis() * threads * leg.size() / totalStops);
                    futures.add(pool.submit(() -> {
                        long millis = Math.min(share, deadline - elapsedMillis());
                        solve(leg, Duration.ofMillis(Math.max(1, millis)),
                                "last mile " + (done.get() + 1) + "/" + legs.size());
                        done.incrementAndGet();
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Planning was interrupted.", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A last-mile leg failed: " + e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        private void solve(Leg leg, Duration budget, String phase) {
            Consumer<String> bestScore = score -> report(phase, score);
            boolean docked = leg.echelon() == Echelon.LAST_MILE && parameters.hubDocks() > 0
                    && parameters.maxTripsPerVan() > 1;
            leg.setSolved(docked
                    ? DockedLeg.solve(legSolver, leg.problem(), budget, parameters.randomSeed(), bestScore,
                            parameters.hubDocks(), parameters.reloadSeconds())
                    : legSolver.solve(leg.problem(), budget, parameters.randomSeed(), bestScore));
            for (Violation violation : checker.check(leg.solved()).violations()) {
                violations.add(leg.name() + ": " + violation.message());
            }
        }

        private DailyPlan assemble(List<Leg> legs, List<List<VillageDemand>> villagesByDepot) {
            List<PlannedRoute> routes = new ArrayList<>();
            for (Leg leg : legs) {
                routes.addAll(RouteAssembler.routes(leg));
            }
            List<Assignment> assignments = new ArrayList<>();
            for (int d = 0; d < villagesByDepot.size(); d++) {
                String depot = d == 0 ? problem.centreCode() : problem.hubs().get(d - 1).code();
                for (VillageDemand village : villagesByDepot.get(d)) {
                    assignments.add(new Assignment(village.code(), depot, d == 0));
                }
            }
            List<Unserved> unserved = UnservedReasons.collect(problem, villages, legs, unservedReasons);
            PlanTotals totals = PlanTotals.of(routes);
            DailyPlan plan = new DailyPlan(problem.name(), routes, assignments, unserved, totals, List.copyOf(violations));
            List<String> dayViolations = new DailyPlanChecker().check(problem, plan);
            if (dayViolations.isEmpty()) {
                return plan;
            }
            List<String> all = new ArrayList<>(violations);
            all.addAll(dayViolations);
            return new DailyPlan(problem.name(), routes, assignments, unserved, totals, all);
        }

        private void reason(String villageCode, UnservedReason reason) {
            unservedReasons.computeIfAbsent(villageCode, code -> new ArrayList<>()).add(reason);
        }

        /**
         * The step's share of the time limit, less what an earlier step overran (a first plan after a start, while
         * the JVM still compiles the solver), so that the later steps keep their shares and the plan its limit.
         */
        private Duration share(double fraction, double laterShares) {
            long limit = parameters.timeLimit().toMillis();
            long available = remainingMillis() - Math.round(limit * laterShares) - assemblyMillis();
            return Duration.ofMillis(Math.max(1, Math.min(Math.round(limit * fraction), available)));
        }

        private long assemblyMillis() {
            return Math.min(ASSEMBLY_MILLIS, parameters.timeLimit().toMillis() / 20);
        }

        private long remainingMillis() {
            return parameters.timeLimit().toMillis() - elapsedMillis();
        }

        private long elapsedMillis() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        private void report(String phase, String bestScore) {
            long elapsed = elapsedMillis();
            double fraction = "done".equals(phase) ? 1.0
                    : Math.min(0.99, (double) elapsed / Math.max(1, parameters.timeLimit().toMillis()));
            progress.accept(new PlanningProgress(phase, fraction, elapsed, bestScore));
        }
    }
}
