package org.gongpei.service.design;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.design.HubComparison;
import org.gongpei.planning.design.HubComparisonResult;
import org.gongpei.planning.design.HubNetworkCandidate;
import org.gongpei.planning.design.HubProposal;
import org.gongpei.planning.design.HubSitingProblem;
import org.gongpei.planning.design.HubSitingSettings;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.Jobs;
import org.gongpei.solver.daily.model.DailyParameters;

/**
 * Hub plans (network design of the township hubs) as jobs: queued through {@link Jobs}, each compares hub networks
 * by daily plans of the day's generated demand on the county's current roads (kept with the job; the estimate where
 * a plan would use one), with the county's current fleet settings: today's network, the hub siting search's and the
 * cold-storage one ({@link HubProposal}) unless turned off, then the user's. Stored as a {@link HubComparisonResult};
 * a stopped job keeps the candidates planned so far.
 */
@ApplicationScoped
public class HubPlanJobs extends DesignJobs<StoredHubPlan, HubComparisonResult> {

    /** Phase while the road matrices are built (or read from the cache). */
    public static final String ROAD_MATRICES = "ROAD_MATRICES";
    /** Phase while the hub siting search proposes its network. */
    public static final String HUB_SITING = "HUB_SITING";
    /** Phase while the candidates' daily plans are solved, followed by {@code k/n}. */
    public static final String HUB_PLANNING = "HUB_PLANNING";

    private static final double PLANNING_START = 0.1;

    @ConfigProperty(name = "gongpei.plans.max-trips-per-van", defaultValue = "3")
    int maxTripsPerVan;

    @Inject
    StoredHubPlanRepository stored;

    @Inject
    FleetSettingsStore fleetSettings;

    /**
     * Queues a hub plan of the county on its current roads.
     *
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no roads and estimates are off
     * @throws org.gongpei.service.county.InvalidInputException (422) naming each bad field; nothing is stored
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public DesignJobView submit(String countyCode, HubPlanRequest request) {
        return queue(countyCode, HubPlanRequests.check(counties.network(countyCode), request));
    }

    @Override
    protected StoredHubPlanRepository repository() {
        return stored;
    }

    @Override
    protected StoredHubPlan newRecord() {
        return new StoredHubPlan();
    }

    @Override
    protected Class<HubComparisonResult> resultType() {
        return HubComparisonResult.class;
    }

    @Override
    protected RuntimeException notFound(long id) {
        return new HubPlanNotFoundException(id);
    }

    @Override
    public String name() {
        return "hub-plan";
    }

    @Override
    public String label() {
        return "Hub plan";
    }

    @Override
    public Class<StoredHubPlan> records() {
        return StoredHubPlan.class;
    }

    @Override
    public HubComparisonResult run(long id, JobProgress progress) {
        progress.report(ROAD_MATRICES, 0);
        DesignJobView view = view(id);
        HubPlanRequest request = json.convertValue(view.request(), HubPlanRequest.class);
        CountyNetworkData county = counties.network(view.countyCode());
        DayDemand demand = DayDemand.generated(county, request.date(), request.demandSeed());
        MatrixSource matrices = roadNetworks.matrices(view.roads(), matrixCacheDir);
        HubSitingSettings settings = HubPlanRequests.settings(request);
        List<HubNetworkCandidate> candidates = new ArrayList<>();
        HubComparisonResult.Siting siting = null;
        if (request.propose()) {
            HubSitingProblem problem = HubSitingProblem.of(county, demand, matrices);
            progress.report(HUB_SITING, PLANNING_START / 2);
            HubProposal proposal = HubProposal.of(county, problem, settings);
            candidates.addAll(proposal.candidates());
            siting = new HubComparisonResult.Siting(proposal.siting().openHubs(), proposal.siting().fixedYuanPerYear(),
                    proposal.siting().transportYuanPerDay(), proposal.check().transportYuanPerDay(),
                    proposal.check().passes());
        }
        candidates.addAll(HubPlanRequests.candidates(request));
        FleetSettings fleet = fleetSettings.current(view.countyCode()).settings();
        DailyParameters daily = fleet.applyTo(DailyParameters.defaults(Duration.ofSeconds(request.timeLimitSeconds()))
                .withMaxTripsPerVan(maxTripsPerVan));
        HubComparison comparison = new HubComparison(county, demand, matrices, daily, fleet, settings);
        progress.onStop(comparison::stop);
        List<Long> seeds = LongStream.range(0, request.seeds()).boxed().toList();
        return comparison.compare(candidates, seeds, siting, (candidate, seed, solve, solves) -> progress.report(
                HUB_PLANNING + " " + solve + "/" + solves,
                PLANNING_START + (1 - PLANNING_START) * (solve - 1) / solves));
    }
}
