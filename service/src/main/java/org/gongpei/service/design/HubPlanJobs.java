package org.gongpei.service.design;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.job.RunningProgress;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.daily.model.DailyParameters;

/**
 * Hub plans (network design of the township hubs) as jobs: queued through {@link Jobs}, each compares hub networks
 * by daily plans of the day's generated demand on the county's current roads (kept with the job; the estimate where
 * a plan would use one), with the county's current fleet settings: today's network, the hub siting search's and the
 * cold-storage one ({@link HubProposal}) unless turned off, then the user's. Stored as a {@link HubComparisonResult};
 * a stopped job keeps the candidates planned so far.
 */
@ApplicationScoped
public class HubPlanJobs implements JobKind<HubComparisonResult, HubPlanView> {

    /** Phase while the road matrices are built (or read from the cache). */
    public static final String ROAD_MATRICES = "ROAD_MATRICES";
    /** Phase while the hub siting search proposes its network. */
    public static final String HUB_SITING = "HUB_SITING";
    /** Phase while the candidates' daily plans are solved, followed by {@code k/n}. */
    public static final String HUB_PLANNING = "HUB_PLANNING";

    private static final double PLANNING_START = 0.1;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @ConfigProperty(name = "gongpei.plans.max-trips-per-van", defaultValue = "3")
    int maxTripsPerVan;

    @Inject
    Jobs jobs;

    @Inject
    CountyService counties;

    @Inject
    CountyRepository countyRepository;

    @Inject
    StoredHubPlanRepository stored;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    FleetSettingsStore fleetSettings;

    @Inject
    ObjectMapper json;

    /**
     * Queues a hub plan of the county on its current roads.
     *
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no roads and estimates are off
     * @throws org.gongpei.service.county.InvalidInputException (422) naming each bad field; nothing is stored
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public HubPlanView submit(String countyCode, HubPlanRequest request) {
        CountyNetworkData county = counties.network(countyCode);
        HubPlanRequest checked = HubPlanRequests.check(county, request);
        RoadVersion roads = roadNetworks.current(countyCode);
        jobs.requireRoom();
        return jobs.submit(this, () -> QuarkusTransaction.joiningExisting().call(() -> {
            StoredHubPlan job = new StoredHubPlan();
            job.county = countyRepository.findByCode(countyCode)
                    .orElseThrow(() -> new CountyNotFoundException(countyCode));
            job.state = JobState.queued(null);
            job.request = write(checked);
            job.roads = write(roads);
            stored.persist(job);
            return job.id;
        }));
    }

    /**
     * @return the county's hub plans, newest first, without their results
     * @throws CountyNotFoundException for an unknown county
     */
    public List<HubPlanView> list(String countyCode) {
        counties.summary(countyCode);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> stored.ofCounty(countyCode).stream()
                .map(job -> job.id).toList());
        return ids.stream().map(id -> view(id, false)).toList();
    }

    /**
     * @return the plan's status document when it belongs to the county
     * @throws HubPlanNotFoundException when the county has no such plan
     */
    public HubPlanView view(String countyCode, long id) {
        HubPlanView view = view(id);
        if (!view.countyCode().equals(countyCode)) {
            throw new HubPlanNotFoundException(id);
        }
        return view;
    }

    /** @return the stored result of a done plan of the county, or null while it is not done */
    public HubComparisonResult result(String countyCode, long id) {
        HubPlanView view = view(countyCode, id);
        return view.result() == null ? null : json.convertValue(view.result(), HubComparisonResult.class);
    }

    /**
     * Asks a running plan to end its solve with the best plan found so far and skip the others.
     *
     * @throws org.gongpei.service.job.JobConflictException when it is not solving
     */
    public HubPlanView stop(String countyCode, long id) {
        view(countyCode, id);
        jobs.stop(this, id);
        return view(id);
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

    /** The plan's status, with the latest progress of a run this process does. */
    @Override
    public HubPlanView view(long id) {
        return view(id, true);
    }

    /** @param withResult whether the result is read too (a list leaves it out) */
    private HubPlanView view(long id, boolean withResult) {
        HubPlanView view = QuarkusTransaction.requiringNew().call(() -> {
            StoredHubPlan job = stored.findById(id);
            if (job == null) {
                throw new HubPlanNotFoundException(id);
            }
            JobState state = job.state;
            try {
                return new HubPlanView(job.id, job.county.code, state.status, job.stoppedEarly, state.phase,
                        state.fractionDone, json.readTree(job.request), json.readValue(job.roads, RoadVersion.class),
                        state.createdAt, state.startedAt, state.finishedAt, state.error,
                        job.result == null || !withResult ? null : json.readTree(job.result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Hub plan " + id + " has unreadable JSON", e);
            }
        });
        if (view.status() != JobStatus.SOLVING) {
            return view;
        }
        RunningProgress progress = jobs.progress(this, id).orElse(null);
        return progress == null ? view : new HubPlanView(view.id(), view.countyCode(), view.status(),
                view.stoppedEarly(), progress.phase(), progress.fractionDone(), view.request(), view.roads(),
                view.createdAt(), view.startedAt(), view.finishedAt(), view.error(), null);
    }

    @Override
    public HubComparisonResult run(long id, JobProgress progress) {
        progress.report(ROAD_MATRICES, 0);
        HubPlanView view = view(id);
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

    @Override
    public void store(JobRecord record, HubComparisonResult result, boolean stoppedEarly) {
        StoredHubPlan job = (StoredHubPlan) record;
        job.result = write(result);
        job.stoppedEarly = stoppedEarly;
        job.state.phase = "done";
    }

    @Override
    public boolean keepsResultWhenStopped() {
        return true;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
