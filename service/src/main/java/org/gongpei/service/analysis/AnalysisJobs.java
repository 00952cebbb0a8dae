package org.gongpei.service.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.analysis.AnalysisParameters;
import org.gongpei.planning.analysis.CurrentPractice;
import org.gongpei.planning.analysis.PracticeRoads;
import org.gongpei.planning.analysis.ScenarioAnalysis;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioPlanner;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.ScenarioRun;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.service.parity.ProvinceReferences;
import org.gongpei.service.parity.RemoteRules;
import org.gongpei.service.parity.StoredProvinceReference;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.plan.DemandUpload;
import org.gongpei.service.plan.UploadedDemand;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.solver.daily.model.DailyParameters;

/**
 * Scenario analyses as jobs: each solves its scenarios' daily plans one after the other with the same time
 * limit, then stores the report. An analysis plans the day generated from its seed, or the uploaded day
 * stored with it.
 */
@ApplicationScoped
public class AnalysisJobs implements JobKind<ScenarioReport, AnalysisView> {

    @ConfigProperty(name = "gongpei.plans.max-trips-per-van", defaultValue = "3")
    int maxTripsPerVan;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-max-size", defaultValue = "256M")
    MemorySize matrixCacheMaxSize;

    @Inject
    FleetSettingsStore fleetSettings;

    @Inject
    Jobs jobs;

    @Inject
    AnalysisService analyses;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    ProvinceReferences references;

    @Inject
    RemoteRules remoteRules;

    /**
     * Queues an analysis of the county's day with the demand generated from the request's seed.
     *
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException without a road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public AnalysisView submit(String countyCode, AnalysisRequest request) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        AnalysisOptions options = AnalysisRequests.check(request, county, defaults(countyCode));
        return jobs.submit(this, () -> analyses.create(countyCode, options, null).id());
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
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public AnalysisView submitUploaded(String countyCode, AnalysisRequest request, DemandUpload.CsvFile down,
            DemandUpload.CsvFile up) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        AnalysisOptions options = AnalysisRequests.checkUploaded(request, county, defaults(countyCode));
        DayDemand day = DemandUpload.read(county, options.date(), down, up);
        UploadedDemand uploaded = UploadedDemand.of(day.down(), day.up());
        return jobs.submit(this, () -> analyses.create(countyCode, options, uploaded).id());
    }

    private AnalysisRequests.Defaults defaults(String countyCode) {
        return new AnalysisRequests.Defaults((province, year) -> references.forYear(province, year)
                .map(StoredProvinceReference::reference), remoteRules.rule(countyCode));
    }

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public String label() {
        return "Analysis";
    }

    @Override
    public Class<StoredAnalysis> records() {
        return StoredAnalysis.class;
    }

    @Override
    public AnalysisView view(long id) {
        return analyses.view(id);
    }

    @Override
    public ScenarioReport run(long id, JobProgress progress) {
        AnalysisView view = analyses.view(id);
        AnalysisOptions options = view.options();
        CountyNetworkData county = counties.network(view.countyCode());
        DayDemand demand = analyses.uploadedDemand(id)
                .map(uploaded -> DayDemand.of(options.date(), uploaded.down(), uploaded.up()))
                .orElseGet(() -> DayDemand.generated(county, options.date(), options.demandSeed()));
        FleetSettings fleet = fleetSettings.version(view.countyCode(), view.fleetSettingsVersion()).settings();
        AnalysisParameters parameters = AnalysisParameters.of(Duration.ofSeconds(options.timeLimitSeconds()), fleet)
                .withUnservedPenalty(options.unservedPenaltyFen());
        MatrixSource matrices = MatrixSource.roads(roadNetworks.forCounty(view.countyCode()), matrixCacheDir,
                matrixCacheMaxSize.asLongValue());
        DailyParameters daily = fleet.applyTo(DailyParameters.defaults(parameters.timeLimitPerSolve())
                .withMaxTripsPerVan(maxTripsPerVan));
        Set<ScenarioKind> kinds = Set.copyOf(options.scenarios());
        List<Long> seeds = options.seeds();
        CurrentPractice.TripMetres practiceRoads = options.currentPractice() == null
                || !options.currentPractice().hasRoutes() ? null
                : PracticeRoads.tripMetres(county, options.currentPractice(), matrices);
        AtomicReference<ScenarioPlanner> running = new AtomicReference<>();
        AtomicBoolean stopped = new AtomicBoolean();
        progress.onStop(() -> {
            stopped.set(true);
            ScenarioPlanner planner = running.get();
            if (planner != null) {
                planner.stop();
            }
        });
        List<ScenarioReport> reports = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        for (long seed : seeds) {
            if (stopped.get() && !reports.isEmpty()) {
                break; // stopped early: the seeds solved so far
            }
            ScenarioPlanner planner = new ScenarioPlanner(county, demand, options.hubs(), matrices,
                    daily.withRandomSeed(seed), fleet);
            running.set(planner);
            if (stopped.get()) {
                planner.stop();
            }
            int total = planner.plannedSolves(kinds) * seeds.size();
            String suffix = seeds.size() == 1 ? "" : " seed " + (seed + 1) + "/" + seeds.size();
            List<ScenarioRun> runs = planner.run(kinds, label -> progress.report(label + suffix,
                    Math.min(0.99, (double) started.getAndIncrement() / total)));
            reports.add(ScenarioAnalysis.report(county, demand, runs, parameters, options.parity(), options.subsidy(),
                    options.currentPractice(), fleet, practiceRoads));
        }
        return ScenarioAnalysis.overSeeds(seeds.subList(0, reports.size()), reports);
    }

    @Override
    public void store(JobRecord record, ScenarioReport report, boolean stoppedEarly) {
        analyses.store((StoredAnalysis) record, report);
    }
}
