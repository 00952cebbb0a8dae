package org.gongpei.planning.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.planning.plan.MoreVans;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;

/**
 * Solves the scenarios of a county day with the daily planner, every solve with the same time limit.
 *
 * <p>Rules (ASSUMPTIONS, stated in the report):
 * <ul>
 * <li>A brand on its own has one depot at the county seat (the county centre's site) and no township hubs:
 * before consolidation brands ran their own vans from their county depots. Its fleet is sized for its own
 * day by {@link DailyFleet#sizedFor}, as the joint fleet is.</li>
 * <li>The farm products go up with China Post whenever China Post runs its own network (separate and
 * partial scenarios); when China Post has no parcels, with the brand with the most parcels.</li>
 * <li>With at most one brand in the demand nothing is consolidated: every scenario is the joint plan itself,
 * solved once, so the saving is exactly zero. Without China Post parcels the partial scenario is the joint
 * one.</li>
 * <li>Scenarios are compared at equal service: a network whose plan leaves parcels out for want of vans is solved
 * again with {@value MoreVans#FACTOR} × its delivery vans, up to {@value MoreVans#MAX_EXTRA_SOLVES} times (each an
 * extra solve of the same time limit; see {@link MoreVans}), and the plan leaving fewest out is kept. What is still
 * left out makes the scenario not comparable (see {@link Savings}) unless the analysis prices it.</li>
 * </ul>
 */
public final class ScenarioPlanner {

    private final FleetSettings fleet;

    private final CountyNetworkData county;
    private final CountyNetworkData countyWithoutHubs;
    private final DayDemand demand;
    private final HubChoice hubs;
    private final MatrixSource matrices;
    private final DailyParameters parameters;
    private volatile DailyPlanner running;
    private volatile boolean stopped;

    /**
     * @param county the county
     * @param demand the day's demand
     * @param hubs the hubs the shared network may use
     * @param matrices the road matrices
     * @param parameters operating rules; its time limit is the one of every solve
     */
    public ScenarioPlanner(CountyNetworkData county, DayDemand demand, HubChoice hubs, MatrixSource matrices,
            DailyParameters parameters) {
        this(county, demand, hubs, matrices, parameters, FleetSettings.defaults());
    }

    /**
     * @param fleet the county's vehicle classes and costs, used by every scenario (each sized to its own day)
     */
    public ScenarioPlanner(CountyNetworkData county, DayDemand demand, HubChoice hubs, MatrixSource matrices,
            DailyParameters parameters, FleetSettings fleet) {
        this.fleet = fleet;
        this.county = county;
        this.countyWithoutHubs = new CountyNetworkData(county.code(), county.name(), county.province(),
                county.provincialCapital(), county.note(), county.centre(), county.townships(), List.of(),
                county.villages(), county.boundary());
        this.demand = demand;
        this.hubs = hubs;
        this.matrices = matrices;
        this.parameters = parameters;
    }

    /**
     * @param kinds the scenarios wanted
     * @param progress told each solve as it starts ({@code "SEPARATE ZTO"}, {@code "JOINT SHARED"}); may be null
     * @return the solved scenarios, in {@link ScenarioKind} order
     */
    public List<ScenarioRun> run(Set<ScenarioKind> kinds, Consumer<String> progress) {
        Map<Carrier, Integer> parcels = parcelsByCarrier();
        Map<ScenarioKind, ScenarioRun> runs = new EnumMap<>(ScenarioKind.class);
        SolvedPart joint = null;
        if (parcels.size() <= 1 || kinds.contains(ScenarioKind.JOINT)
                || kinds.contains(ScenarioKind.PARTIAL) && !parcels.containsKey(Carrier.CHINA_POST)) {
            joint = solve(ScenarioKind.JOINT, SolvedPart.SHARED, county, demand, progress);
            runs.put(ScenarioKind.JOINT, new ScenarioRun(ScenarioKind.JOINT, List.of(joint), ""));
        }
        Carrier upCarrier = upCarrier(parcels);
        for (ScenarioKind kind : kinds) {
            if (kind == ScenarioKind.JOINT || !kind.planned()) {
                continue;
            }
            if (parcels.size() <= 1) {
                runs.put(kind, new ScenarioRun(kind, List.of(joint),
                        "只有一个品牌：无可整合，与共同配送相同 (a single brand: nothing to consolidate)"));
            } else if (kind == ScenarioKind.PARTIAL && !parcels.containsKey(Carrier.CHINA_POST)) {
                runs.put(kind, new ScenarioRun(kind, List.of(joint), "无邮政包裹：与共同配送相同 (no China Post parcels)"));
            } else if (kind == ScenarioKind.SEPARATE) {
                List<SolvedPart> parts = new ArrayList<>();
                for (Carrier carrier : parcels.keySet()) {
                    parts.add(solve(kind, carrier.name(), countyWithoutHubs, demandOf(Set.of(carrier), carrier == upCarrier),
                            progress));
                }
                runs.put(kind, new ScenarioRun(kind, parts, ""));
            } else {
                Set<Carrier> others = EnumSet.complementOf(EnumSet.of(Carrier.CHINA_POST));
                runs.put(kind, new ScenarioRun(kind, List.of(
                        solve(kind, Carrier.CHINA_POST.name(), countyWithoutHubs, demandOf(Set.of(Carrier.CHINA_POST), true), progress),
                        solve(kind, SolvedPart.SHARED, county, demandOf(others, false), progress)), ""));
            }
        }
        if (!kinds.contains(ScenarioKind.JOINT)) {
            runs.remove(ScenarioKind.JOINT);
        }
        return List.copyOf(runs.values());
    }

    /**
     * @param kinds the scenarios wanted
     * @return how many daily plans {@link #run} solves for them
     */
    public int plannedSolves(Set<ScenarioKind> kinds) {
        Map<Carrier, Integer> parcels = parcelsByCarrier();
        if (parcels.size() <= 1) {
            return 1;
        }
        boolean post = parcels.containsKey(Carrier.CHINA_POST);
        boolean joint = kinds.contains(ScenarioKind.JOINT) || kinds.contains(ScenarioKind.PARTIAL) && !post;
        return (joint ? 1 : 0) + (kinds.contains(ScenarioKind.SEPARATE) ? parcels.size() : 0)
                + (kinds.contains(ScenarioKind.PARTIAL) && post ? 2 : 0);
    }

    /** Asks the running solve to finish with its best plan and the ones not started to be skipped. */
    public void stop() {
        stopped = true;
        DailyPlanner planner = running;
        if (planner != null) {
            planner.terminateEarly();
        }
    }

    private SolvedPart solve(ScenarioKind kind, String label, CountyNetworkData network, DayDemand partDemand,
            Consumer<String> progress) {
        if (progress != null) {
            progress.accept(kind + " " + label);
        }
        return MoreVans.solve(DailyFleet.sizedFor(network, partDemand, fleet),
                sized -> solve(label, network, partDemand, sized), SolvedPart::plan, () -> !stopped, () -> {
                    if (progress != null) {
                        progress.accept(kind + " " + label + " again, more vans");
                    }
                });
    }

    private SolvedPart solve(String label, CountyNetworkData network, DayDemand partDemand, DailyFleet sized) {
        DailyProblem problem = DailyProblems.build(network, partDemand, sized, hubs, matrices,
                stopped ? parameters.withTimeLimit(Duration.ofMillis(1)) : parameters);
        DailyPlanner planner = new DailyPlanner();
        running = planner;
        DailyPlan plan = planner.plan(problem, null);
        running = null;
        return new SolvedPart(label, problem, plan);
    }

    private Map<Carrier, Integer> parcelsByCarrier() {
        Map<Carrier, Integer> parcels = new LinkedHashMap<>();
        for (Carrier carrier : Carrier.values()) {
            int sum = demand.down().stream().filter(row -> row.carrier() == carrier).mapToInt(DownParcels::parcels).sum();
            if (sum > 0) {
                parcels.put(carrier, sum);
            }
        }
        return parcels;
    }

    private static Carrier upCarrier(Map<Carrier, Integer> parcels) {
        if (parcels.containsKey(Carrier.CHINA_POST)) {
            return Carrier.CHINA_POST;
        }
        return parcels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Carrier.CHINA_POST);
    }

    private DayDemand demandOf(Set<Carrier> carriers, boolean withUp) {
        List<DownParcels> down = demand.down().stream().filter(row -> carriers.contains(row.carrier())).toList();
        List<UpShipment> up = withUp ? demand.up() : List.of();
        return new DayDemand(demand.date(), down, up);
    }
}
