package org.gongpei.service.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.analysis.AnalysisParameters;
import org.gongpei.planning.analysis.ScenarioAnalysis;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioPlanner;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.ScenarioRun;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.planning.plan.UnroutableVillageException;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.database.DatabaseMigration;
import org.gongpei.service.plan.DemandUpload;
import org.gongpei.service.plan.PlanJobs;
import org.gongpei.service.plan.PlanStatus;
import org.gongpei.service.plan.QueueFullException;
import org.gongpei.service.plan.SolveQueue;
import org.gongpei.service.plan.UploadedDemand;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.solver.daily.model.DailyParameters;
import org.jboss.logging.Logger;

/**
 * Runs scenario analyses in the background, one at a time ({@code gongpei.analyses.max-queued} more may
 * wait): each solves its scenarios' daily plans one after the other with the same time limit, then stores
 * the report. An analysis plans the day generated from its seed, or the uploaded day stored with it. Analyses left queued or solving by an earlier process are marked interrupted at startup.
 */
@ApplicationScoped
public class AnalysisJobs {

    private static final Logger LOG = Logger.getLogger(AnalysisJobs.class);

    @ConfigProperty(name = "gongpei.analyses.max-queued", defaultValue = "2")
    int maxQueued;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @Inject
    AnalysisService analyses;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    private SolveQueue queue;
    private final Map<Long, ScenarioPlanner> running = new ConcurrentHashMap<>();
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        queue = new SolveQueue("analyses", "gongpei.analyses.max-queued", maxQueued, "analysis-solver");
    }

    /**
     * Queues an analysis of the county's day with the demand generated from the request's seed.
     *
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException without a road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field
     * @throws QueueFullException when the queue is full
     */
    public AnalysisView submit(String countyCode, AnalysisRequest request) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        AnalysisOptions options = AnalysisRequests.check(request, county);
        return queue(countyCode, options, null);
    }

    /**
     * Queues an analysis of the county's day with uploaded demand; the day's rows are stored with it.
     *
     * @param request the form's fields, checked here
     * @param down the down-parcels CSV
     * @param up the up-shipments CSV, or null
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException without a road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field, or listing every problem
     *         of the files
     * @throws QueueFullException when the queue is full
     */
    public AnalysisView submitUploaded(String countyCode, AnalysisRequest request, DemandUpload.CsvFile down,
            DemandUpload.CsvFile up) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        AnalysisOptions options = AnalysisRequests.checkUploaded(request, county);
        DayDemand day = DemandUpload.read(county, options.date(), down, up);
        return queue(countyCode, options, UploadedDemand.of(day.down(), day.up()));
    }

    private AnalysisView queue(String countyCode, AnalysisOptions options, UploadedDemand uploaded) {
        queue.requireRoom();
        AnalysisView created = analyses.create(countyCode, options, uploaded);
        submitted.add(created.id());
        queue.execute(() -> run(created.id()), () -> {
            submitted.remove(created.id());
            analyses.end(created.id(), PlanStatus.FAILED, "queue full");
        });
        return created;
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 5) StartupEvent event) {
        int marked = analyses.markInterrupted(List.copyOf(submitted), PlanJobs.RESTARTED);
        if (marked > 0) {
            LOG.infof("Marked %d analyses left by an earlier run as interrupted", marked);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        queue.shutdown();
        for (Long id : List.copyOf(submitted)) {
            analyses.end(id, PlanStatus.INTERRUPTED, "The service stopped during the analysis; start it again.");
            ScenarioPlanner planner = running.get(id);
            if (planner != null) {
                planner.stop();
            }
        }
    }

    private void run(long id) {
        try {
            analyses.start(id).ifPresent(view -> solve(id, view));
        } catch (UnroutableVillageException | IllegalArgumentException e) {
            analyses.end(id, PlanStatus.FAILED, e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Analysis %d failed", id);
            analyses.end(id, PlanStatus.FAILED, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            running.remove(id);
            submitted.remove(id);
        }
    }

    private void solve(long id, AnalysisView view) {
        AnalysisOptions options = view.options();
        CountyNetworkData county = counties.network(view.countyCode());
        DayDemand demand = analyses.uploadedDemand(id)
                .map(uploaded -> DayDemand.of(options.date(), uploaded.down(), uploaded.up()))
                .orElseGet(() -> DayDemand.generated(county, options.date(), options.demandSeed()));
        AnalysisParameters parameters = AnalysisParameters.defaults(Duration.ofSeconds(options.timeLimitSeconds()));
        ScenarioPlanner planner = new ScenarioPlanner(county, demand, options.hubs(),
                MatrixSource.roads(roadNetworks.forCounty(view.countyCode()), matrixCacheDir),
                DailyParameters.defaults(parameters.timeLimitPerSolve()));
        running.put(id, planner);
        Set<ScenarioKind> kinds = Set.copyOf(options.scenarios());
        int total = planner.plannedSolves(kinds);
        AtomicInteger started = new AtomicInteger();
        List<ScenarioRun> runs = planner.run(kinds,
                label -> analyses.progress(id, label, (double) started.getAndIncrement() / total));
        ScenarioReport report = ScenarioAnalysis.report(county, demand, runs, parameters, options.parity(), options.subsidy());
        analyses.finish(id, report);
        LOG.infof("Analysis %d of %s %s done: %d solves", id, view.countyCode(), options.date(), total);
    }
}
