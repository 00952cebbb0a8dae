package org.gongpei.service.analysis;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.service.county.County;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.plan.PlanConflictException;
import org.gongpei.service.plan.UploadedDemand;

/** Stores scenario analyses, their progress and reports. Every method is one transaction. */
@ApplicationScoped
public class AnalysisService {

    @Inject
    FleetSettingsStore fleetSettings;

    @Inject
    StoredAnalysisRepository analyses;

    @Inject
    CountyRepository counties;

    @Inject
    ObjectMapper json;

    private ObjectMapper stored;

    @PostConstruct
    void init() {
        stored = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Stores a new queued analysis.
     *
     * @param uploaded the uploaded day's rows, or null for the day generated from {@code options.demandSeed}
     */
    @Transactional
    public AnalysisView create(String countyCode, AnalysisOptions options, UploadedDemand uploaded) {
        County county = counties.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
        StoredAnalysis analysis = new StoredAnalysis();
        analysis.county = county;
        analysis.analysisDate = options.date();
        analysis.state = JobState.queued(uploaded == null ? DemandSource.GENERATED : DemandSource.UPLOADED);
        analysis.demandSeed = options.demandSeed();
        if (uploaded != null) {
            analysis.demandDownCsv = uploaded.downCsv();
            analysis.demandUpCsv = uploaded.upCsv();
        }
        analysis.timeLimitSeconds = options.timeLimitSeconds();
        analysis.fleetSettingsVersion = fleetSettings.current(countyCode).version();
        analysis.request = write(options);
        analyses.persist(analysis);
        return view(analysis, false);
    }

    /** @throws AnalysisNotFoundException for an unknown id */
    @Transactional
    public AnalysisView view(long id) {
        return view(find(id), true);
    }

    /** @return the county's analyses without their reports, newest first */
    @Transactional
    public List<AnalysisView> list(String countyCode) {
        County county = counties.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
        return analyses.listByCounty(county).stream().map(a -> view(a, false)).toList();
    }

    /**
     * @return the report of a done analysis
     * @throws PlanConflictException while it is not done
     */
    @Transactional
    public AnalysisView done(long id) {
        AnalysisView view = view(id);
        if (view.status() != JobStatus.DONE) {
            throw new PlanConflictException("Analysis " + id + " is " + view.status() + "; its report exists once it is DONE");
        }
        return view;
    }

    /** @return the rows stored with an analysis of uploaded demand, empty for generated demand */
    @Transactional
    public Optional<UploadedDemand> uploadedDemand(long id) {
        StoredAnalysis analysis = find(id);
        return analysis.state.demandSource != DemandSource.UPLOADED ? Optional.empty()
                : Optional.of(new UploadedDemand(analysis.demandDownCsv, analysis.demandUpCsv));
    }

    /** Writes the report on the analysis, which the job machinery marks DONE. */
    void store(StoredAnalysis analysis, ScenarioReport report) {
        analysis.report = write(report);
        analysis.state.phase = null;
    }

    private StoredAnalysis find(long id) {
        StoredAnalysis analysis = analyses.findById(id);
        if (analysis == null) {
            throw new AnalysisNotFoundException(id);
        }
        return analysis;
    }

    private AnalysisView view(StoredAnalysis a, boolean withReport) {
        try {
            JobState state = a.state;
            return new AnalysisView(a.id, a.county.code, a.analysisDate, state.demandSource, state.status, state.phase,
                    state.fractionDone, state.createdAt, state.startedAt, state.finishedAt, state.error,
                    stored.readValue(a.request, AnalysisOptions.class),
                    withReport && a.report != null ? stored.readValue(a.report, ScenarioReport.class) : null,
                    a.fleetSettingsVersion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Analysis " + a.id + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
