package org.gongpei.service.design;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.design.StationSiting;
import org.gongpei.planning.design.StationSitingResult;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.job.RunningProgress;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.siting.VillageDistances;

/**
 * Station plans (network design) as jobs: queued through {@link Jobs}, each sited by
 * {@link StationSiting} on the van road distances of the daily planner's matrices (the county's current roads when
 * asked for, kept with the job; the estimate where a plan would use one), checked independently, stored as a
 * {@link StationPlanResult}. A stopped search keeps the best plan found.
 */
@ApplicationScoped
public class StationPlanJobs implements JobKind<StationPlanResult, StationPlanView> {

    /** Phase while the road matrices between the villages are built (or read from the cache). */
    public static final String ROAD_MATRICES = "ROAD_MATRICES";
    /** Phase while the search sites the stations. */
    public static final String SITING = "SITING";
    /** Phase while the plan is checked independently and its figures are made. */
    public static final String CHECKING = "CHECKING";

    private static final double SITING_START = 0.2;
    private static final double SITING_END = 0.95;
    private static final long TICK_NANOS = 1_000_000_000L;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @Inject
    Jobs jobs;

    @Inject
    CountyService counties;

    @Inject
    CountyRepository countyRepository;

    @Inject
    StoredStationPlanRepository stored;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    ObjectMapper json;

    /**
     * Queues a station plan of the county on its current roads.
     *
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no roads and estimates are off
     * @throws org.gongpei.service.county.InvalidInputException (422) naming each bad field; nothing is stored
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public StationPlanView submit(String countyCode, StationPlanRequest request) {
        CountyNetworkData county = counties.network(countyCode);
        StationPlanRequest checked = StationPlanRequests.check(county, request);
        RoadVersion roads = roadNetworks.current(countyCode);
        jobs.requireRoom();
        return jobs.submit(this, () -> QuarkusTransaction.joiningExisting().call(() -> {
            StoredStationPlan job = new StoredStationPlan();
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
     * @return the county's station plans, newest first, without their results
     * @throws CountyNotFoundException for an unknown county
     */
    public List<StationPlanView> list(String countyCode) {
        counties.summary(countyCode);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> stored.ofCounty(countyCode).stream()
                .map(job -> job.id).toList());
        return ids.stream().map(id -> view(id, false)).toList();
    }

    /**
     * @return the plan's status document when it belongs to the county
     * @throws StationPlanNotFoundException when the county has no such plan
     */
    public StationPlanView view(String countyCode, long id) {
        StationPlanView view = view(id);
        if (!view.countyCode().equals(countyCode)) {
            throw new StationPlanNotFoundException(id);
        }
        return view;
    }

    /** @return the stored result of a done plan of the county, or null while it is not done */
    public StationPlanResult result(String countyCode, long id) {
        StationPlanView view = view(countyCode, id);
        return view.result() == null ? null : json.convertValue(view.result(), StationPlanResult.class);
    }

    /**
     * Asks a solving plan to end its search with the best plan found so far.
     *
     * @throws org.gongpei.service.job.JobConflictException when it is not solving
     */
    public StationPlanView stop(String countyCode, long id) {
        view(countyCode, id);
        jobs.stop(this, id);
        return view(id);
    }

    @Override
    public String name() {
        return "station-plan";
    }

    @Override
    public String label() {
        return "Station plan";
    }

    @Override
    public Class<StoredStationPlan> records() {
        return StoredStationPlan.class;
    }

    /** The plan's status, with the latest progress of a run this process does. */
    @Override
    public StationPlanView view(long id) {
        return view(id, true);
    }

    /** @param withResult whether the result is read too (a list leaves it out) */
    private StationPlanView view(long id, boolean withResult) {
        StationPlanView view = QuarkusTransaction.requiringNew().call(() -> {
            StoredStationPlan job = stored.findById(id);
            if (job == null) {
                throw new StationPlanNotFoundException(id);
            }
            JobState state = job.state;
            try {
                return new StationPlanView(job.id, job.county.code, state.status, job.stoppedEarly, state.phase,
                        state.fractionDone, json.readTree(job.request), json.readValue(job.roads, RoadVersion.class),
                        state.createdAt, state.startedAt, state.finishedAt, state.error,
                        job.result == null || !withResult ? null : json.readTree(job.result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Station plan " + id + " has unreadable JSON", e);
            }
        });
        if (view.status() != JobStatus.SOLVING) {
            return view;
        }
        RunningProgress progress = jobs.progress(this, id).orElse(null);
        return progress == null ? view : new StationPlanView(view.id(), view.countyCode(), view.status(),
                view.stoppedEarly(), progress.phase(), progress.fractionDone(), view.request(), view.roads(),
                view.createdAt(), view.startedAt(), view.finishedAt(), view.error(), null);
    }

    @Override
    public StationPlanResult run(long id, JobProgress progress) {
        progress.report(ROAD_MATRICES, 0);
        StationPlanView view = view(id);
        StationPlanRequest request = json.convertValue(view.request(), StationPlanRequest.class);
        CountyNetworkData county = counties.network(view.countyCode());
        VillageDistances distances = StationSiting.roadDistances(county,
                roadNetworks.matrices(view.roads(), matrixCacheDir));
        progress.report(SITING, SITING_START);
        AtomicBoolean searching = new AtomicBoolean(true);
        Thread ticker = Thread.ofVirtual().start(() -> tick(progress, request.timeLimitSeconds(), searching));
        StationSitingResult result;
        try {
            result = StationSiting.plan(county, distances, StationPlanRequests.settings(request), progress::onStop);
        } finally {
            searching.set(false);
            LockSupport.unpark(ticker);
            awaitEnd(ticker);
        }
        progress.report(CHECKING, SITING_END);
        return StationPlanResult.of(county, result, view.roads());
    }

    /**
     * Reports the search's share of its time limit each second while it searches; each report also hands a stop
     * asked for meanwhile to the search again, should it have come before the search began.
     */
    private static void tick(JobProgress progress, int limitSeconds, AtomicBoolean searching) {
        long start = System.nanoTime();
        while (true) {
            LockSupport.parkNanos(TICK_NANOS);
            if (!searching.get()) {
                return;
            }
            double share = Math.min(1, (System.nanoTime() - start) / 1e9 / limitSeconds);
            progress.report(SITING, SITING_START + share * (SITING_END - SITING_START));
        }
    }

    /** Waits for the progress reports to end, so that none comes after the search's. */
    private static void awaitEnd(Thread ticker) {
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void store(JobRecord record, StationPlanResult result, boolean stoppedEarly) {
        StoredStationPlan job = (StoredStationPlan) record;
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
