package org.gongpei.service.plan;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.job.RunningProgress;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.VehicleType;

/**
 * Daily plans as jobs: queued through {@link Jobs}, each solved by a new {@link DailyPlanner} on the problem
 * {@link PlanProblems} builds from the stored county and demand; a stopped solve keeps its best plan.
 */
@ApplicationScoped
public class PlanJobs implements JobKind<DailyPlan, PlanView> {

    /** Phase shown while the problem (demand, fleet, road matrices) is being built. */
    public static final String PREPARING = "PREPARING";

    @Inject
    Jobs jobs;

    @Inject
    PlanService plans;

    @Inject
    PlanProblems problems;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    /**
     * Queues a plan of the county's day with generated demand.
     *
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public PlanView submitGenerated(String countyCode, PlanRequest request) {
        CountyNetworkData county = counties.network(countyCode);
        RoadVersion roads = roadNetworks.current(countyCode);
        PlanRequests.Options options = PlanRequests.check(request);
        long seed = request.demandSeed() == null ? PlanRequests.DEFAULT_SEED : request.demandSeed();
        jobs.requireRoom();
        DayDemand demand = DayDemand.generated(county, options.date(), seed);
        return jobs.submit(this, () -> plans.create(countyCode, options, demand, DemandSource.GENERATED, seed, roads).id());
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
        RoadVersion roads = roadNetworks.current(countyCode);
        DayDemand demand = DemandUpload.read(county, options.date(), down, up);
        return jobs.submit(this, () -> plans.create(countyCode, options, demand, DemandSource.UPLOADED, null, roads).id());
    }

    /** The plan's status, with the latest progress of a solve this process runs. */
    @Override
    public PlanView view(long id) {
        PlanView stored = plans.view(id);
        if (stored.status() != JobStatus.SOLVING) {
            return stored;
        }
        RunningProgress progress = jobs.progress(this, id).orElse(null);
        if (progress == null) {
            return stored;
        }
        return new PlanView(stored.id(), stored.countyCode(), stored.date(), stored.status(), stored.stoppedEarly(),
                stored.demandSource(), stored.demandSeed(), stored.hubs(), stored.timeLimitSeconds(), progress.phase(),
                progress.fractionDone(), progress.bestScore(), progress.elapsedSeconds(), stored.createdAt(),
                stored.startedAt(), stored.finishedAt(), stored.summary(), stored.error(), stored.revision(),
                stored.changes(), stored.roads(), stored.fleetSettingsVersion());
    }

    /**
     * Asks a solving plan to finish with the best plan found so far; it ends DONE with {@code stoppedEarly}.
     *
     * @throws org.gongpei.service.job.JobConflictException when the plan is not solving
     */
    public PlanView stop(long id) {
        jobs.stop(this, id);
        return view(id);
    }

    /**
     * Deletes a plan that is not solving; a queued plan leaves the queue.
     *
     * @throws PlanConflictException while it is solving
     */
    public void delete(long id) {
        plans.delete(id);
        jobs.cancel(this, id);
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String label() {
        return "Plan";
    }

    @Override
    public Class<StoredPlan> records() {
        return StoredPlan.class;
    }

    @Override
    public DailyPlan run(long id, JobProgress progress) {
        progress.report(PREPARING, 0);
        PlanInput input = plans.input(id);
        PlanProblems.Day day = problems.day(input.countyCode(), input.demandJson(), input.fleetSettingsVersion());
        Map<String, String> profiles = new LinkedHashMap<>();
        for (VehicleType type : day.fleet().vehicleTypes()) {
            profiles.put(type.code(), type.profile());
        }
        plans.vehicleProfiles(id, profiles);
        var problem = problems.problem(input.countyCode(), input.roads(), day, input.hubs(),
                Duration.ofSeconds(input.timeLimitSeconds()));
        DailyPlanner planner = new DailyPlanner();
        progress.onStop(planner::terminateEarly);
        return planner.plan(problem, p -> progress.report(p.phase(), p.fractionDone(), p.bestScore()));
    }

    @Override
    public void store(JobRecord record, DailyPlan result, boolean stoppedEarly) {
        plans.store((StoredPlan) record, result, stoppedEarly);
    }

    @Override
    public boolean keepsResultWhenStopped() {
        return true;
    }
}
