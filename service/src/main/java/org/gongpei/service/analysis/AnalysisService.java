package org.gongpei.service.analysis;

import java.time.OffsetDateTime;
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
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.plan.DemandSource;
import org.gongpei.service.plan.PlanConflictException;
import org.gongpei.service.plan.PlanStatus;
import org.gongpei.service.plan.UploadedDemand;

/** Stores scenario analyses, their progress and reports. Every method is one transaction. */
@ApplicationScoped
public class AnalysisService {

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
        analysis.status = PlanStatus.QUEUED;
        analysis.demandSeed = options.demandSeed();
        analysis.demandSource = uploaded == null ? DemandSource.GENERATED : DemandSource.UPLOADED;
        if (uploaded != null) {
            analysis.demandDownCsv = uploaded.downCsv();
            analysis.demandUpCsv = uploaded.upCsv();
        }
        analysis.timeLimitSeconds = options.timeLimitSeconds();
        analysis.createdAt = OffsetDateTime.now();
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
        if (view.status() != PlanStatus.DONE) {
            throw new PlanConflictException("Analysis " + id + " is " + view.status() + "; its report exists once it is DONE");
        }
        return view;
    }

    /** @return the options of a queued analysis it marks solving, empty when it was deleted or has ended */
    @Transactional
    public Optional<AnalysisView> start(long id) {
        StoredAnalysis analysis = analyses.findById(id);
        if (analysis == null || analysis.status != PlanStatus.QUEUED) {
            return Optional.empty();
        }
        analysis.status = PlanStatus.SOLVING;
        analysis.startedAt = OffsetDateTime.now();
        return Optional.of(view(analysis, false));
    }

    /** @return the rows stored with an analysis of uploaded demand, empty for generated demand */
    @Transactional
    public Optional<UploadedDemand> uploadedDemand(long id) {
        StoredAnalysis analysis = find(id);
        return analysis.demandSource != DemandSource.UPLOADED ? Optional.empty()
                : Optional.of(new UploadedDemand(analysis.demandDownCsv, analysis.demandUpCsv));
    }

    /** Records the solve that is running. */
    @Transactional
    public void progress(long id, String phase, double fractionDone) {
        StoredAnalysis analysis = analyses.findById(id);
        if (analysis != null && analysis.status == PlanStatus.SOLVING) {
            analysis.phase = phase;
            analysis.fractionDone = fractionDone;
        }
    }

    /** Stores the report; the analysis ends DONE. */
    @Transactional
    public void finish(long id, ScenarioReport report) {
        StoredAnalysis analysis = analyses.findById(id);
        if (analysis != null && analysis.status == PlanStatus.SOLVING) {
            analysis.report = write(report);
            analysis.status = PlanStatus.DONE;
            analysis.phase = null;
            analysis.fractionDone = 1;
            analysis.finishedAt = OffsetDateTime.now();
        }
    }

    /** Ends an analysis FAILED or INTERRUPTED with its reason. */
    @Transactional
    public void end(long id, PlanStatus status, String message) {
        StoredAnalysis analysis = analyses.findById(id);
        if (analysis != null && (analysis.status == PlanStatus.SOLVING || analysis.status == PlanStatus.QUEUED)) {
            analysis.status = status;
            analysis.errorMessage = message;
            analysis.finishedAt = OffsetDateTime.now();
        }
    }

    /** Marks the analyses left queued or solving by another process as interrupted. */
    @Transactional
    public int markInterrupted(List<Long> running, String message) {
        return analyses.markInterrupted(running, message);
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
            return new AnalysisView(a.id, a.county.code, a.analysisDate, a.demandSource, a.status, a.phase,
                    a.fractionDone, a.createdAt, a.startedAt, a.finishedAt, a.errorMessage, stored.readValue(a.request, AnalysisOptions.class),
                    withReport && a.report != null ? stored.readValue(a.report, ScenarioReport.class) : null);
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
