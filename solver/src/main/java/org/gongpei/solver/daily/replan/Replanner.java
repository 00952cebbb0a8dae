package org.gongpei.solver.daily.replan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.change.ProblemChange;

import org.gongpei.solver.checker.SolutionChecker;
import org.gongpei.solver.checker.Violation;
import org.gongpei.solver.daily.DailyPlanChecker;
import org.gongpei.solver.daily.model.Assignment;
import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.UnservedReason;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.daily.step.DockQueue;
import org.gongpei.solver.daily.step.Leg;
import org.gongpei.solver.daily.step.LegSolver;
import org.gongpei.solver.daily.step.RouteAssembler;
import org.gongpei.solver.daily.step.UnservedReasons;
import org.gongpei.solver.daily.step.VillageStops;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.solver.SearchConfigs;

/**
 * Re-plans a day being carried out after a {@link PlanChange}, without planning it again from scratch.
 * <p>
 * Only the village leg concerned is re-solved: the last mile of the hub, or the direct leg of the centre, that
 * serves the village or vehicle. It is rebuilt from the plan as it stands at the change's time
 * ({@link LiveLeg}: every stop a vehicle has left or is driving to is pinned, and on a vehicle already on the
 * road every stop up to its last delivery), the solver starts from these routes, and the change reaches it as
 * a Timefold {@link ProblemChange} on the running solver: a breakdown ends the vehicle's route after its
 * served stops and pins it, its other stops become unassigned; an urgent pickup adds a stop. The solver then
 * inserts what is unassigned and improves the unpinned rest with its local search.
 * <p>
 * Cross-docking: when a hub's last mile changes, the farm products its vans bring back and the time they are
 * back change too, so the trunk-up leg is rebuilt from the new routes and solved again, unless a trunk-up
 * truck has already left (then it is kept, and the day's checker names any mismatch). Trunk-down routes never
 * change; a breakdown of a trunk truck is refused.
 * <p>
 * Assumption for a breakdown: a recovery vehicle takes what the van carries back to its depot, arriving when
 * the van would have driven back from the last place it left; the parcels are re-loaded there (the hub
 * handling time) and only vans leaving after that can take them. Farm products already collected go back
 * with it. The broken van's route in the plan ends after its served stops.
 */
public final class Replanner {

    /** Share of the time limit for the village leg; the trunk up gets the rest. */
    private static final double VILLAGE_LEG_SHARE = 0.7;

    private final Duration timeLimit;
    private final LegSolver legSolver = new LegSolver();

    /** @param timeLimit wall-clock budget of one re-planning, for example a few seconds */
    public Replanner(Duration timeLimit) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        this.timeLimit = timeLimit;
    }

    /**
     * @param problem the day's problem the plan was made for (with earlier changes applied)
     * @param plan the current revision of the day's plan
     * @param change what happened
     * @return the re-planned day
     * @throws IllegalArgumentException naming what is wrong: a time outside the day, an unknown vehicle or
     *         village, a vehicle that is not a delivery van or is already back, chilled products at a hub
     *         without cold storage
     */
    public Replanning replan(DailyProblem problem, DailyPlan plan, PlanChange change) {
        return replan(problem, plan, change, List.of());
    }

    /**
     * Re-plans a revision that earlier changes made.
     *
     * @param problem the problem of the plan's revision ({@link Replanning#problem()}, or the day's problem with
     *        {@link #problemWith} applied for each earlier change)
     * @param earlier the changes that made the revision, oldest first: the vehicles that broke down stay out of
     *        service with their routes as they are
     * @see #replan(DailyProblem, DailyPlan, PlanChange)
     */
    public Replanning replan(DailyProblem problem, DailyPlan plan, PlanChange change, List<PlanChange> earlier) {
        checkTime(problem, plan, change.reportedAtSeconds());
        Set<String> outOfService = new HashSet<>();
        for (PlanChange before : earlier) {
            if (before instanceof VehicleBreakdown breakdown) {
                outOfService.add(breakdown.vehicleId());
            }
        }
        return switch (change) {
            case VehicleBreakdown breakdown -> breakdown(problem, plan, breakdown, outOfService);
            case UrgentPickup urgent -> urgent(problem, plan, urgent, outOfService);
        };
    }

    /**
     * @return the problem with the change's demand: an urgent pickup's farm products added to its village
     *         (named {@code URGENT-n}); the same problem for a breakdown
     * @throws IllegalArgumentException for a village that is not in the problem
     */
    public static DailyProblem problemWith(DailyProblem problem, PlanChange change) {
        if (!(change instanceof UrgentPickup urgent)) {
            return problem;
        }
        VillageDemand village = village(problem, urgent.villageCode());
        Set<String> earlier = new HashSet<>();
        village.pickups().stream().filter(UrgentPickup::isUrgent).forEach(p -> earlier.add(p.product()));
        List<FarmPickup> pickups = new ArrayList<>(village.pickups());
        pickups.addAll(urgent.farmPickups(earlier.size() + 1));
        VillageDemand changed = new VillageDemand(village.code(), village.name(), village.locationIndex(),
                village.parcelsByCarrier(), village.chilledParcels(), village.weightGrams(),
                village.volumeCubicCentimetres(), pickups);
        List<VillageDemand> villages = problem.villages().stream().map(v -> v == village ? changed : v).toList();
        return new DailyProblem(problem.name(), problem.centreCode(), problem.centreName(),
                problem.centreLocationIndex(), problem.hubs(), villages, problem.vehicleTypes(), problem.matrices(),
                problem.parameters());
    }

    /**
     * The independent check that re-planning kept what was done: every stop left at or before {@code nowSeconds}
     * is in the new plan on the same vehicle, at the same place in its route, with the same times and goods.
     *
     * @return a sentence per difference; empty when the finished stops are unchanged
     */
    public static List<String> finishedStopChanges(DailyPlan before, DailyPlan after, long nowSeconds) {
        Map<String, PlannedRoute> afterRoutes = new HashMap<>();
        after.routes().forEach(route -> afterRoutes.put(route.vehicleId() + "/" + route.echelon(), route));
        List<String> changes = new ArrayList<>();
        for (PlannedRoute route : before.routes()) {
            int done = LiveLeg.doneCount(route, nowSeconds);
            if (done == 0) {
                continue;
            }
            PlannedRoute now = afterRoutes.get(route.vehicleId() + "/" + route.echelon());
            if (now == null || now.departureSeconds() != route.departureSeconds() || now.stops().size() < done
                    || !now.stops().subList(0, done).equals(route.stops().subList(0, done))) {
                changes.add("The " + done + " stops that " + route.vehicleId() + " finished by "
                        + Clock.format(nowSeconds) + " are not unchanged in the new plan.");
            }
        }
        return changes;
    }

    private static void checkTime(DailyProblem problem, DailyPlan plan, long nowSeconds) {
        long start = problem.parameters().sortedAtCentreSeconds();
        long end = 0;
        for (PlannedRoute route : plan.routes()) {
            start = Math.min(start, route.departureSeconds());
            end = Math.max(end, route.returnSeconds());
        }
        if (nowSeconds < start) {
            throw new IllegalArgumentException("The time " + Clock.format(nowSeconds) + " is before the day starts at "
                    + Clock.format(start) + ".");
        }
        if (nowSeconds > end) {
            throw new IllegalArgumentException("The time " + Clock.format(nowSeconds)
                    + " is after the day ends: the last vehicle is back at " + Clock.format(end) + ".");
        }
    }

    private Replanning breakdown(DailyProblem problem, DailyPlan plan, VehicleBreakdown breakdown,
            Set<String> outOfService) {
        long now = breakdown.atSeconds();
        PlannedRoute route = plan.routes().stream().filter(r -> r.vehicleId().equals(breakdown.vehicleId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Vehicle " + breakdown.vehicleId()
                        + " has no route in this plan."));
        if (route.echelon() == Echelon.TRUNK_DOWN || route.echelon() == Echelon.TRUNK_UP) {
            throw new IllegalArgumentException("Vehicle " + route.vehicleId() + " is a trunk truck; re-planning after"
                    + " a breakdown handles the delivery vans of the last mile and the direct leg only.");
        }
        if (outOfService.contains(route.vehicleId())) {
            throw new IllegalArgumentException("Vehicle " + route.vehicleId() + " has already broken down.");
        }
        if (route.returnSeconds() <= now) {
            throw new IllegalArgumentException("Vehicle " + route.vehicleId() + " is back at " + route.depotName()
                    + " at " + Clock.format(route.returnSeconds()) + ", before " + Clock.format(now)
                    + "; it has no stop left to re-plan.");
        }
        LiveLeg live = LiveLeg.rebuild(problem, plan, route.depotCode(), now, outOfService);
        int done = LiveLeg.doneCount(route, now);
        TravelMatrix matrix = live.leg.vehicles().stream().filter(v -> v.getId().equals(route.vehicleId())).findFirst()
                .orElseThrow().getMatrix();
        int depot = live.leg.vehicles().getFirst().getDepotLocationIndex();
        int lastPlace = done == 0 ? depot : locationOf(problem, route.stops().get(done - 1).siteCode());
        long parcelsBack = Math.max(now, route.departureSeconds()) + matrix.durationSeconds(lastPlace, depot)
                + problem.parameters().hubHandlingSeconds();
        live.holdSpareVans(parcelsBack, problem.parameters());
        Map<String, List<UnservedReason>> reasons = new LinkedHashMap<>();
        UnservedReason reason = UnservedReason.of("BROKEN_DOWN", route.vehicleId() + " broke down at "
                + Clock.format(now) + " and its load was back at " + route.depotName() + " at " + Clock.format(parcelsBack)
                + ", for vans leaving after that", route.vehicleId(), Clock.format(now), route.depotName(),
                Clock.format(parcelsBack));
        for (PlannedStop stop : route.stops().subList(done, route.stops().size())) {
            reasons.put(stop.siteCode(), List.of(reason));
        }
        List<ReplanNote> notes = new ArrayList<>();
        notes.add(ReplanNote.breakdownReplanned(breakdown, done, route.stops().size(), route.depotName()));
        Set<String> keep = new HashSet<>(outOfService);
        keep.add(route.vehicleId());
        return solve(problem, plan, plan.assignments(), live,
                new LiveChanges.Breakdown(route.vehicleId(), done, parcelsBack), reasons, now, notes, keep);
    }

    private Replanning urgent(DailyProblem problem, DailyPlan plan, UrgentPickup urgent, Set<String> outOfService) {
        long now = urgent.reportedAtSeconds();
        VillageDemand village = village(problem, urgent.villageCode());
        DailyParameters parameters = problem.parameters();
        if (urgent.readySeconds() > parameters.villageClosesSeconds()) {
            throw new IllegalArgumentException("The urgent pickup at village " + village.name() + " is ready at "
                    + Clock.format(urgent.readySeconds()) + ", after the stations close at "
                    + Clock.format(parameters.villageClosesSeconds()) + ".");
        }
        List<Assignment> assignments = new ArrayList<>(plan.assignments());
        String depotCode = assignments.stream().filter(a -> a.villageCode().equals(village.code()))
                .map(Assignment::depotCode).findFirst().orElse(null);
        if (depotCode == null) {
            depotCode = closestDepot(problem, plan, village, urgent.chilledParcels() > 0);
            assignments.add(new Assignment(village.code(), depotCode, depotCode.equals(problem.centreCode())));
        }
        String depot = depotCode;
        problem.hubs().stream().filter(hub -> hub.code().equals(depot)).findFirst().ifPresent(hub -> {
            if (urgent.chilledParcels() > 0 && !hub.coldStorage()) {
                throw new IllegalArgumentException("Village " + village.name() + " is served by hub " + hub.name()
                        + ", which has no cold storage, so its vans cannot collect chilled products.");
            }
        });
        DailyProblem changed = problemWith(problem, urgent);
        DailyPlan withAssignment = new DailyPlan(plan.name(), plan.routes(), assignments, plan.unserved(),
                plan.totals(), plan.violations());
        LiveLeg live = LiveLeg.rebuild(changed, withAssignment, depotCode, now, outOfService);
        List<Stop> added = new ArrayList<>();
        VillageDemand changedVillage = village(changed, village.code());
        for (FarmPickup pickup : changedVillage.pickups()) {
            String id = VillageStops.urgentId(village.code(), pickup);
            if (UrgentPickup.isUrgent(pickup) && !village.pickups().contains(pickup)) {
                live.leg.stops().stream().filter(stop -> stop.getId().equals(id)).findFirst().ifPresent(added::add);
            }
        }
        live.leg.stops().removeAll(added);
        List<ReplanNote> notes = new ArrayList<>();
        notes.add(ReplanNote.urgentInserted(urgent, live.leg.depotName()));
        return solve(changed, withAssignment, assignments, live, new LiveChanges.AddStops(added), Map.of(), now, notes,
                outOfService);
    }

    /**
     * @param broken vehicles out of service: their served stops keep what they had on board then
     */
    private Replanning solve(DailyProblem problem, DailyPlan plan, List<Assignment> assignments, LiveLeg live,
            ProblemChange<RoutePlan> change, Map<String, List<UnservedReason>> reasons, long now, List<ReplanNote> notes,
            Set<String> broken) {
        long started = System.nanoTime();
        Duration villageBudget = Duration.ofMillis(Math.max(1, Math.round(timeLimit.toMillis() * VILLAGE_LEG_SHARE)));
        Solver<RoutePlan> solver = SolverFactory.<RoutePlan>create(SearchConfigs.replanConfig(villageBudget)).buildSolver();
        // Queued before solving starts: the solver starts from the current routes, sees the change at once,
        // applies it to its working solution and restarts from there.
        solver.addProblemChange(change);
        live.leg.setSolved(solver.solve(live.problem()));
        DailyParameters parameters = problem.parameters();
        if (live.leg.echelon() == Echelon.LAST_MILE && parameters.hubDocks() > 0 && parameters.maxTripsPerVan() > 1) {
            DockQueue.settle(live.leg.solved(), parameters.hubDocks(), parameters.reloadSeconds(), legSolver::update);
        }

        List<String> violations = new ArrayList<>();
        check(live.leg, violations);
        Map<String, PlannedRoute> planned = new HashMap<>();
        plan.routes().forEach(r -> planned.put(r.vehicleId() + "/" + r.echelon(), r));
        List<PlannedRoute> legRoutes = RouteAssembler.routes(live.leg).stream()
                .map(r -> broken.contains(r.vehicleId()) ? asServed(r, planned.get(r.vehicleId() + "/" + r.echelon())) : r)
                .toList();
        List<PlannedRoute> routes = new ArrayList<>();
        boolean inserted = false;
        for (PlannedRoute route : plan.routes()) {
            if (route.echelon() == live.leg.echelon() && route.depotCode().equals(live.leg.depotCode())) {
                if (!inserted) {
                    routes.addAll(legRoutes);
                    inserted = true;
                }
            } else {
                routes.add(route);
            }
        }
        if (!inserted) {
            routes.addAll(legRoutes);
        }
        if (live.leg.echelon() == Echelon.LAST_MILE) {
            long spentMillis = (System.nanoTime() - started) / 1_000_000;
            routes = replanTrunkUp(problem, routes, now, Duration.ofMillis(Math.max(1, timeLimit.toMillis() - spentMillis)),
                    violations, notes);
        }
        Map<String, List<UnservedReason>> known = new LinkedHashMap<>(live.refusedReasons);
        reasons.forEach((code, texts) -> known.computeIfAbsent(code, c -> new ArrayList<>()).addAll(texts));
        Set<String> legVillages = new HashSet<>();
        live.villages.forEach(v -> legVillages.add(v.code()));
        List<Unserved> unserved = new ArrayList<>(plan.unserved().stream()
                .filter(u -> !legVillages.contains(u.villageCode())).toList());
        unserved.addAll(UnservedReasons.collect(problem, live.villages, List.of(live.leg), known));
        DailyPlan revised = new DailyPlan(plan.name(), routes, assignments, unserved, PlanTotals.of(routes),
                List.copyOf(violations));
        List<String> all = new ArrayList<>(violations);
        all.addAll(new DailyPlanChecker().check(problem, revised));
        all.addAll(finishedStopChanges(plan, revised, now));
        revised = new DailyPlan(plan.name(), routes, assignments, unserved, revised.totals(), List.copyOf(all));
        return new Replanning(problem, revised, notes);
    }

    private static List<PlannedRoute> replanTrunkUp(DailyProblem problem, List<PlannedRoute> routes, long now,
            Duration budget, List<String> violations, List<ReplanNote> notes) {
        List<String> packing = new ArrayList<>();
        LiveLeg up = LiveLeg.trunkUp(problem, routes, now, packing);
        if (up == null) {
            notes.add(ReplanNote.TRUNK_UP_KEPT);
            return routes;
        }
        violations.addAll(packing);
        Solver<RoutePlan> solver = SolverFactory.<RoutePlan>create(SearchConfigs.replanConfig(budget)).buildSolver();
        up.leg.setSolved(solver.solve(up.problem()));
        check(up.leg, violations);
        List<PlannedRoute> result = new ArrayList<>(routes.stream().filter(r -> r.echelon() != Echelon.TRUNK_UP).toList());
        result.addAll(RouteAssembler.routes(up.leg));
        notes.add(ReplanNote.TRUNK_UP_REPLANNED);
        return result;
    }

    /** The broken vehicle's route with its served stops as they were planned, loads on board included. */
    private static PlannedRoute asServed(PlannedRoute after, PlannedRoute before) {
        List<PlannedStop> stops = new ArrayList<>(before.stops().subList(0, after.stops().size()));
        return new PlannedRoute(after.vehicleId(), after.vehicleType(), after.vehicleName(), after.echelon(),
                after.depotCode(), after.depotName(), after.departureSeconds(), after.returnSeconds(),
                after.distanceMetres(), after.costFen(), stops);
    }

    private static void check(Leg leg, List<String> violations) {
        for (Violation violation : new SolutionChecker().check(leg.solved()).violations()) {
            violations.add(leg.name() + ": " + violation.message());
        }
    }

    private static String closestDepot(DailyProblem problem, DailyPlan plan, VillageDemand village, boolean chilled) {
        Set<String> inUse = new HashSet<>();
        plan.routes().stream().filter(r -> r.echelon() == Echelon.LAST_MILE).forEach(r -> inUse.add(r.depotCode()));
        List<VehicleType> vans = problem.vehicleTypes(VehicleRole.HUB_DELIVERY);
        List<VehicleType> centreVans = problem.vehicleTypes(VehicleRole.CENTRE_DELIVERY);
        String best = centreVans.isEmpty() ? null : problem.centreCode();
        long bestSeconds = centreVans.isEmpty() ? Long.MAX_VALUE : problem.matrixOf(centreVans.getFirst())
                .durationSeconds(problem.centreLocationIndex(), village.locationIndex());
        for (HubSite hub : problem.hubs()) {
            if (vans.isEmpty() || !inUse.contains(hub.code()) || (chilled && !hub.coldStorage())) {
                continue;
            }
            long seconds = problem.matrixOf(vans.getFirst()).durationSeconds(hub.locationIndex(), village.locationIndex());
            if (seconds < bestSeconds) {
                best = hub.code();
                bestSeconds = seconds;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("No depot of this plan has delivery vans to serve village "
                    + village.name() + ".");
        }
        return best;
    }

    private static VillageDemand village(DailyProblem problem, String code) {
        return problem.villages().stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown village " + code + ": it is not in this plan's county."));
    }

    private static int locationOf(DailyProblem problem, String siteCode) {
        return village(problem, siteCode).locationIndex();
    }
}
