package org.gongpei.service.design;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.design.StationSiting;
import org.gongpei.planning.design.StationSitingResult;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.Jobs;
import org.gongpei.solver.siting.VillageDistances;

/**
 * Station plans (network design) as jobs: queued through {@link Jobs}, each sited by
 * {@link StationSiting} on the van road distances of the daily planner's matrices (the county's current roads when
 * asked for, kept with the job; the estimate where a plan would use one), checked independently, stored as a
 * {@link StationPlanResult}. A stopped search keeps the best plan found.
 */
@ApplicationScoped
public class StationPlanJobs extends DesignJobs<StoredStationPlan, StationPlanResult> {

    /** Phase while the road matrices between the villages are built (or read from the cache). */
    public static final String ROAD_MATRICES = "ROAD_MATRICES";
    /** Phase while the search sites the stations. */
    public static final String SITING = "SITING";
    /** Phase while the plan is checked independently and its figures are made. */
    public static final String CHECKING = "CHECKING";

    private static final double SITING_START = 0.2;
    private static final double SITING_END = 0.95;
    private static final long TICK_NANOS = 1_000_000_000L;

    @Inject
    StoredStationPlanRepository stored;

    /**
     * Queues a station plan of the county on its current roads.
     *
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no roads and estimates are off
     * @throws org.gongpei.service.county.InvalidInputException (422) naming each bad field; nothing is stored
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public DesignJobView submit(String countyCode, StationPlanRequest request) {
        return queue(countyCode, StationPlanRequests.check(counties.network(countyCode), request));
    }

    @Override
    protected StoredStationPlanRepository repository() {
        return stored;
    }

    @Override
    protected StoredStationPlan newRecord() {
        return new StoredStationPlan();
    }

    @Override
    protected Class<StationPlanResult> resultType() {
        return StationPlanResult.class;
    }

    @Override
    protected RuntimeException notFound(long id) {
        return new StationPlanNotFoundException(id);
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

    @Override
    public StationPlanResult run(long id, JobProgress progress) {
        progress.report(ROAD_MATRICES, 0);
        DesignJobView view = view(id);
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
}
