package org.gongpei.planning.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.gongpei.planning.analysis.AnalysisParameters;
import org.gongpei.planning.analysis.PlanAccounting;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioPlanner;
import org.gongpei.planning.analysis.ScenarioRun;
import org.gongpei.planning.analysis.SolvedPart;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * Judges hub networks by real daily plans: the same day's demand is planned on each candidate's network as the
 * joint scenario ({@link ScenarioPlanner}, its hubs the candidate's open ones), with the same time limit and the
 * same random seeds, and the figures are put side by side. A stop ends the running solve with its best plan and
 * skips the solves not yet started: a candidate without a plan then has no figures.
 */
public final class HubComparison {

    private final CountyNetworkData county;
    private final DayDemand demand;
    private final MatrixSource matrices;
    private final DailyParameters daily;
    private final FleetSettings fleet;
    private final HubSitingSettings settings;
    private volatile ScenarioPlanner running;
    private volatile boolean stopped;

    /**
     * @param county the county as it is today
     * @param demand the day planned on every candidate
     * @param matrices the road matrices
     * @param daily the daily planner's rules; its time limit is that of every solve, its seed is replaced by each seed
     * @param fleet the county's vehicles and costs
     * @param settings the hubs' yearly costs and the service days
     */
    public HubComparison(CountyNetworkData county, DayDemand demand, MatrixSource matrices, DailyParameters daily,
            FleetSettings fleet, HubSitingSettings settings) {
        this.county = county;
        this.demand = demand;
        this.matrices = matrices;
        this.daily = daily;
        this.fleet = fleet;
        this.settings = settings;
    }

    /**
     * @param candidates the networks, each with hub codes of the county
     * @param seeds the random seeds, each candidate planned once per seed
     * @param siting the search's estimate to report, or null
     * @param progress told before each solve
     * @return the candidates' figures
     */
    public HubComparisonResult compare(List<HubNetworkCandidate> candidates, List<Long> seeds,
            HubComparisonResult.Siting siting, Progress progress) {
        int total = candidates.size() * seeds.size();
        int started = 0;
        List<HubComparisonResult.Candidate> figures = new ArrayList<>();
        PlanAccounting accounting = new PlanAccounting(AnalysisParameters.of(daily.timeLimit(), fleet));
        for (HubNetworkCandidate candidate : candidates) {
            CountyNetworkData network = candidate.network(county);
            long fixedYear = candidate.fixedYuanPerYear(county, settings);
            double fixedDay = (double) fixedYear / settings.serviceDaysPerYear();
            List<HubComparisonResult.Run> runs = new ArrayList<>();
            for (long seed : seeds) {
                if (stopped) {
                    break;
                }
                progress.solving(candidate, seed, ++started, total);
                ScenarioPlanner planner = new ScenarioPlanner(network, demand, HubChoice.DESIGNATED, matrices,
                        daily.withRandomSeed(seed), fleet);
                running = planner;
                if (stopped) {
                    planner.stop();
                }
                ScenarioRun run = planner.run(Set.of(ScenarioKind.JOINT), null).getFirst();
                running = null;
                runs.add(run(seed, run, accounting.metrics(run), fixedDay));
            }
            figures.add(new HubComparisonResult.Candidate(candidate.name(), candidate.origin(), hubs(candidate),
                    fixedYear, fixedDay, runs, range(runs, HubComparisonResult.Run::costPerDayYuan),
                    range(runs, HubComparisonResult.Run::costPerParcelYuan),
                    range(runs, HubComparisonResult.Run::km), range(runs, HubComparisonResult.Run::vehicleDays),
                    range(runs, HubComparisonResult.Run::unservedParcels),
                    range(runs, HubComparisonResult.Run::meanParcelAgeHours),
                    range(runs, HubComparisonResult.Run::maxParcelAgeHours),
                    range(runs, HubComparisonResult.Run::stationVillagesServed),
                    range(runs, r -> r.hubsUsed().size())));
        }
        return new HubComparisonResult(county.code(), county.name(), demand.date(), seeds,
                daily.timeLimit().toSeconds(), settings.serviceDaysPerYear(), figures, siting);
    }

    /** Told before each daily plan of a comparison. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param candidate the network planned
         * @param seed the solver's random seed
         * @param solve the solve starting, from 1
         * @param solves the solves of the comparison
         */
        void solving(HubNetworkCandidate candidate, long seed, int solve, int solves);
    }

    /** Asks the running solve to end with its best plan, and the solves not yet started to be skipped. */
    public void stop() {
        stopped = true;
        ScenarioPlanner planner = running;
        if (planner != null) {
            planner.stop();
        }
    }

    private HubComparisonResult.Run run(long seed, ScenarioRun run, ScenarioMetrics metrics, double fixedDay) {
        Set<String> stations = new HashSet<>();
        county.villages().stream().filter(VillageData::station).forEach(village -> stations.add(village.code()));
        Set<String> served = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (SolvedPart part : run.parts()) {
            for (PlannedRoute route : part.plan().routes()) {
                boolean villages = false;
                for (PlannedStop stop : route.stops()) {
                    if (stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY
                            || stop.kind() == PlannedStop.StopKind.VILLAGE_PICKUP) {
                        served.add(stop.siteCode());
                        villages = true;
                    }
                }
                if (route.echelon() == Echelon.LAST_MILE && villages) {
                    used.add(route.depotCode());
                }
            }
        }
        Set<String> hubsUsed = new LinkedHashSet<>();
        county.hubs().stream().map(HubData::code).filter(used::contains).forEach(hubsUsed::add);
        double transport = metrics.totalFen() / 100.0;
        int parcels = metrics.parcelsDelivered() + metrics.parcelsPickedUp();
        return new HubComparisonResult.Run(seed, transport + fixedDay, transport, metrics.distanceMetres() / 1000.0,
                metrics.vehicleDays(), parcels, parcels == 0 ? 0 : (transport + fixedDay) / parcels,
                metrics.unservedParcels(), metrics.averageParcelAgeSeconds() / 3600.0,
                metrics.worstParcelAgeSeconds() / 3600.0, served.size(),
                (int) served.stream().filter(stations::contains).count(), List.copyOf(hubsUsed), metrics.violations());
    }

    private List<HubComparisonResult.Hub> hubs(HubNetworkCandidate candidate) {
        CountyNetworkData network = candidate.network(county);
        List<HubComparisonResult.Hub> hubs = new ArrayList<>();
        for (int i = 0; i < county.hubs().size(); i++) {
            HubData today = county.hubs().get(i);
            HubData variant = network.hubs().get(i);
            hubs.add(new HubComparisonResult.Hub(today.code(), today.name(), today.townshipCode(), today.lat(),
                    today.lon(), today.designated(), variant.designated(), variant.coldStorage(),
                    variant.capacityParcelsPerDay(), candidate.action(today)));
        }
        return hubs;
    }

    private static HubComparisonResult.Range range(List<HubComparisonResult.Run> runs,
            ToDoubleFunction<HubComparisonResult.Run> figure) {
        if (runs.isEmpty()) {
            return null;
        }
        return new HubComparisonResult.Range(runs.stream().mapToDouble(figure).min().orElseThrow(),
                runs.stream().mapToDouble(figure).max().orElseThrow());
    }
}
