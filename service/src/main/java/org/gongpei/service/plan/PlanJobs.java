package org.gongpei.service.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.planning.plan.UnroutableVillageException;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.database.DatabaseMigration;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.PlanningProgress;
import org.gongpei.solver.daily.model.VehicleType;
import org.jboss.logging.Logger;

/**
 * Runs daily plan solves in the background: a bounded pool of solver threads
 * ({@code gongpei.plans.max-concurrent-solves}) behind a bounded queue ({@code gongpei.plans.max-queued}).
 * Each job builds the day's problem from the stored county and demand on the county's roads, runs a new
 * {@link DailyPlanner}, writes its progress at most once a second and stores the result. Plans left queued
 * or solving by an earlier process are marked interrupted at startup; running planners are asked to stop
 * at shutdown.
 */
@ApplicationScoped
public class PlanJobs {

    /** Error of a plan whose solve was cut off by a restart. */
    public static final String RESTARTED = "The service restarted during the solve; start the plan again.";
    /** Phase shown while the problem (demand, fleet, road matrices) is being built. */
    public static final String PREPARING = "PREPARING";
    private static final String STOPPED = "The service stopped during the solve; start the plan again.";
    private static final Logger LOG = Logger.getLogger(PlanJobs.class);
    private static final int SHUTDOWN_WAIT_SECONDS = 10;

    @ConfigProperty(name = "gongpei.plans.max-concurrent-solves", defaultValue = "1")
    int maxConcurrentSolves;

    @ConfigProperty(name = "gongpei.plans.max-queued", defaultValue = "4")
    int maxQueued;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @Inject
    PlanService plans;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    private ThreadPoolExecutor executor;
    private final Map<Long, RunningPlan> jobs = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        if (maxConcurrentSolves < 1 || maxQueued < 0) {
            throw new IllegalStateException("gongpei.plans.max-concurrent-solves must be at least 1 and "
                    + "gongpei.plans.max-queued at least 0");
        }
        BlockingQueue<Runnable> queue = maxQueued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(maxQueued);
        AtomicInteger threads = new AtomicInteger();
        executor = new ThreadPoolExecutor(maxConcurrentSolves, maxConcurrentSolves, 0, TimeUnit.MILLISECONDS, queue,
                runnable -> {
                    Thread thread = new Thread(runnable, "plan-solver-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues a plan of the county's day with generated demand.
     *
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field
     * @throws QueueFullException when every solver is busy and the queue is full
     */
    public PlanView submitGenerated(String countyCode, PlanRequest request) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        PlanRequests.Options options = PlanRequests.check(request);
        long seed = request.demandSeed() == null ? PlanRequests.DEFAULT_SEED : request.demandSeed();
        requireRoom();
        DayDemand demand = DayDemand.generated(county, options.date(), seed);
        return submit(plans.create(countyCode, options, demand, DemandSource.GENERATED, seed));
    }

    /**
     * Queues a plan of the county's day with uploaded demand.
     *
     * @param options the checked date, time limit and hubs
     * @param down the down-parcels CSV
     * @param up the up-shipments CSV, or null
     * @throws org.gongpei.service.county.InvalidInputException listing every problem of the files
     */
    public PlanView submitUploaded(String countyCode, PlanRequests.Options options, DemandUpload.CsvFile down,
            DemandUpload.CsvFile up) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        DayDemand demand = DemandUpload.read(county, options.date(), down, up);
        requireRoom();
        return submit(plans.create(countyCode, options, demand, DemandSource.UPLOADED, null));
    }

    /** The plan's status, with the latest progress of a running solve. */
    public PlanView view(long id) {
        PlanView stored = plans.view(id);
        RunningPlan job = jobs.get(id);
        PlanningProgress progress = job == null ? null : job.latest();
        if (stored.status() != PlanStatus.SOLVING || progress == null) {
            return stored;
        }
        return new PlanView(stored.id(), stored.countyCode(), stored.date(), stored.status(), stored.stoppedEarly(),
                stored.demandSource(), stored.demandSeed(), stored.hubs(), stored.timeLimitSeconds(), progress.phase(),
                progress.fractionDone(), progress.bestScore(), job.elapsedMillis() / 1000.0, stored.createdAt(),
                stored.startedAt(), stored.finishedAt(), stored.summary(), stored.error(), stored.revision(),
                stored.changes());
    }

    /**
     * Asks a solving plan to finish with the best plan found so far; it ends DONE with {@code stoppedEarly}.
     *
     * @throws PlanConflictException when the plan is not solving
     */
    public PlanView stop(long id) {
        PlanView view = plans.view(id);
        RunningPlan job = jobs.get(id);
        if (view.status() != PlanStatus.SOLVING || job == null) {
            throw new PlanConflictException("Plan " + id + " is " + view.status() + "; only a SOLVING plan can be stopped");
        }
        job.stop();
        return view(id);
    }

    /**
     * Deletes a plan that is not solving; a queued plan leaves the queue.
     *
     * @throws PlanConflictException while it is solving
     */
    public void delete(long id) {
        plans.delete(id);
        RunningPlan job = jobs.remove(id);
        if (job != null && job.task() != null) {
            executor.remove(job.task());
        }
    }

    /**
     * Marks the plans left queued or solving by an earlier process as interrupted; those this process
     * runs are left alone.
     *
     * @return how many were marked
     */
    public int recoverInterrupted() {
        int marked = plans.markInterrupted(List.copyOf(jobs.keySet()), RESTARTED);
        if (marked > 0) {
            LOG.infof("Marked %d plan(s) left queued or solving by an earlier run as interrupted", marked);
        }
        return marked;
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 5) StartupEvent event) {
        recoverInterrupted();
    }

    /**
     * Marks this process's queued and solving plans as interrupted at once (the embedded database stops
     * with the process), then asks the running planners to finish: a solve that can still store its best
     * plan ends DONE, stopped early.
     */
    void onStop(@Observes ShutdownEvent event) {
        executor.getQueue().clear();
        executor.shutdown();
        for (RunningPlan job : List.copyOf(jobs.values())) {
            try {
                plans.interrupt(job.id, STOPPED);
            } catch (RuntimeException e) {
                LOG.warnf("Cannot mark plan %d as interrupted: %s; the next start will", job.id, e.getMessage());
            }
            job.stop();
        }
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warnf("Solves still running after %d s of shutdown", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireRoom() {
        if (executor.getActiveCount() >= maxConcurrentSolves && executor.getQueue().remainingCapacity() == 0) {
            throw new QueueFullException(executor.getActiveCount(), executor.getQueue().size(), retryAfterSeconds());
        }
    }

    private int retryAfterSeconds() {
        return 30;
    }

    private PlanView submit(PlanView created) {
        RunningPlan job = new RunningPlan(created.id());
        Runnable task = () -> run(job);
        job.task(task);
        jobs.put(job.id, job);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            plans.delete(job.id);
            throw new QueueFullException(executor.getActiveCount(), executor.getQueue().size(), retryAfterSeconds());
        }
        return created;
    }

    private void run(RunningPlan job) {
        try {
            Optional<PlanInput> input = plans.start(job.id);
            if (input.isEmpty()) {
                return;
            }
            job.started();
            solve(job, input.get());
        } catch (UnroutableVillageException e) {
            plans.fail(job.id, e.getMessage());
        } catch (IllegalArgumentException e) {
            LOG.warnf("Plan %d failed: %s", job.id, e.getMessage());
            plans.fail(job.id, e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Plan %d failed", job.id);
            plans.fail(job.id, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            jobs.remove(job.id);
        }
    }

    private void solve(RunningPlan job, PlanInput input) {
        report(job, new PlanningProgress(PREPARING, 0, job.elapsedMillis(), null));
        CountyNetworkData county = counties.network(input.countyCode());
        DayDemand demand = plans.demand(input.demandJson());
        DailyFleet fleet = DailyFleet.sizedFor(county, demand);
        Map<String, String> profiles = new LinkedHashMap<>();
        for (VehicleType type : fleet.vehicleTypes()) {
            profiles.put(type.code(), type.profile());
        }
        plans.vehicleProfiles(job.id, profiles);
        DailyProblem problem = problem(input.countyCode(), county, demand, fleet, input.hubs(),
                Duration.ofSeconds(input.timeLimitSeconds()));
        DailyPlanner planner = new DailyPlanner();
        job.planner(planner);
        DailyPlan plan = planner.plan(problem, progress -> report(job, progress));
        plans.finish(job.id, plan, job.stopRequested(), job.latest());
        LOG.infof("Plan %d of %s %s done%s: %d routes, cost %.2f yuan", job.id, input.countyCode(), demand.date(),
                job.stopRequested() ? " (stopped early)" : "", plan.routes().size(), plan.totals().costFen() / 100.0);
    }

    /**
     * The day's problem of a stored plan, built again as its solve built it (the road matrices come from the
     * disk cache).
     */
    DailyProblem problem(String countyCode, HubChoice hubs, String demandJson, Duration timeLimit) {
        CountyNetworkData county = counties.network(countyCode);
        DayDemand demand = plans.demand(demandJson);
        return problem(countyCode, county, demand, DailyFleet.sizedFor(county, demand), hubs, timeLimit);
    }

    private DailyProblem problem(String countyCode, CountyNetworkData county, DayDemand demand, DailyFleet fleet,
            HubChoice hubs, Duration timeLimit) {
        MatrixSource matrices = MatrixSource.roads(roadNetworks.forCounty(countyCode), matrixCacheDir);
        return DailyProblems.build(county, demand, fleet, hubs, matrices, DailyParameters.defaults(timeLimit));
    }

    private void report(RunningPlan job, PlanningProgress progress) {
        if (job.report(progress)) {
            try {
                plans.progress(job.id, progress);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Cannot store the progress of plan %d", job.id);
            }
        }
    }
}
