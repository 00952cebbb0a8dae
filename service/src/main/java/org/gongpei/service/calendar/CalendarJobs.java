package org.gongpei.service.calendar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.calendar.CalendarPlanner;
import org.gongpei.planning.calendar.CalendarSettings;
import org.gongpei.planning.calendar.WeekCalendar;
import org.gongpei.planning.calendar.WeekDemand;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.plan.DemandUpload;
import org.gongpei.service.plan.UploadedDemand;
import org.gongpei.service.roads.RoadNetworks;

/**
 * Weekly calendars and target-cost comparisons as jobs ({@link WeekJobKind}): a job plans the week generated
 * from its request's seed, or the uploaded week stored with it; progress and results are stored in PostgreSQL.
 */
@ApplicationScoped
public class CalendarJobs {

    private static final long[] COMPARED_TARGET_HOURS = {24, 48, 72};

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-max-size", defaultValue = "256M")
    MemorySize matrixCacheMaxSize;

    @Inject
    FleetSettingsStore fleetSettings;

    @Inject
    Jobs jobs;

    @Inject
    CalendarJobKind calendars;

    @Inject
    TargetCostJobKind targetCosts;

    @Inject
    CountyService counties;

    @Inject
    CountyRepository countyRepository;

    @Inject
    StoredCalendarRepository stored;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    ObjectMapper json;

    /**
     * Queues a job on the generated week of the request.
     *
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public CalendarView submit(String countyCode, CalendarKind kind, CalendarRequest request) {
        counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        CalendarRequest checked = CalendarRequests.check(request);
        return queue(countyCode, kind, checked, null);
    }

    /**
     * Queues a job on an uploaded week; the week's rows are stored with the job.
     *
     * @param checked the request from {@link CalendarRequests#fromForm}
     * @param down the down-parcels CSV
     * @param up the up-shipments CSV, or null
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no road network
     * @throws org.gongpei.service.county.InvalidInputException listing every problem of the files
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public CalendarView submitUploaded(String countyCode, CalendarKind kind, CalendarRequest checked,
            DemandUpload.CsvFile down, DemandUpload.CsvFile up) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        WeekDemand week = DemandUpload.readWeek(county, checked.weekStart(), down, up);
        return queue(countyCode, kind, checked, UploadedDemand.of(week.allDown(), week.allUp()));
    }

    /** @return the job kind of calendars or of target-cost comparisons */
    public WeekJobKind kind(CalendarKind kind) {
        return kind == CalendarKind.CALENDAR ? calendars : targetCosts;
    }

    private CalendarView queue(String countyCode, CalendarKind kind, CalendarRequest checked, UploadedDemand uploaded) {
        return jobs.submit(kind(kind), () -> QuarkusTransaction.joiningExisting().call(() -> {
            StoredCalendar job = new StoredCalendar();
            job.county = countyRepository.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
            job.kind = kind;
            job.state = JobState.queued(uploaded == null ? DemandSource.GENERATED : DemandSource.UPLOADED);
            job.request = write(checked);
            job.fleetSettingsVersion = fleetSettings.current(countyCode).version();
            if (uploaded != null) {
                job.demandDownCsv = uploaded.downCsv();
                job.demandUpCsv = uploaded.upCsv();
            }
            stored.persist(job);
            return job.id;
        }));
    }

    /**
     * @throws CalendarNotFoundException when there is no such job of the kind
     */
    public CalendarView view(long id, CalendarKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredCalendar job = stored.findById(id);
            if (job == null || job.kind != kind) {
                throw new CalendarNotFoundException(kind, id);
            }
            try {
                JobState state = job.state;
                return new CalendarView(job.id, job.county.code, job.kind, state.demandSource, state.status,
                        state.phase, state.fractionDone, json.readTree(job.request), state.createdAt, state.finishedAt,
                        state.error, job.result == null ? null : json.readTree(job.result), job.fleetSettingsVersion);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Calendar " + id + " has unreadable JSON", e);
            }
        });
    }

    /** @return the id of the county's latest weekly calendar that is done, if it has one */
    public java.util.Optional<Long> latestDone(String countyCode) {
        return QuarkusTransaction.requiringNew().call(() -> stored.find(
                "county.code = ?1 and kind = ?2 and state.status = ?3 order by id desc", countyCode, CalendarKind.CALENDAR,
                org.gongpei.service.job.JobStatus.DONE).firstResultOptional().map(job -> job.id));
    }

    /** @return the stored result of a done calendar, or null while it is not done */
    public CalendarResult result(long id) {
        CalendarView view = view(id, CalendarKind.CALENDAR);
        return view.result() == null ? null : json.convertValue(view.result(), CalendarResult.class);
    }

    /** @return the rows of a done target-cost comparison, or null while it is not done */
    public List<TargetCostRow> targetCostRows(long id) {
        CalendarView view = view(id, CalendarKind.TARGET_COST);
        return view.result() == null ? null
                : json.convertValue(view.result(), json.getTypeFactory().constructCollectionType(List.class, TargetCostRow.class));
    }

    /** Plans a solving job's week; @return the result as a JSON document */
    String run(CalendarKind kind, long id, JobProgress progress) {
        CalendarView view = view(id, kind);
        CalendarRequest request = json.convertValue(view.request(), CalendarRequest.class);
        CountyNetworkData county = counties.network(view.countyCode());
        WeekDemand demand = demand(id, county, request);
        MatrixSource matrices = MatrixSource.roads(roadNetworks.forCounty(view.countyCode()), matrixCacheDir,
                matrixCacheMaxSize.asLongValue());
        CalendarSettings settings = CalendarRequests.settings(request)
                .withFleet(fleetSettings.version(view.countyCode(), view.fleetSettingsVersion()).settings());
        if (kind == CalendarKind.CALENDAR) {
            return write(CalendarResult.of(plan(county, demand, settings, matrices, progress, "", 0, 1)));
        }
        List<CalendarSettings> runs = new ArrayList<>();
        runs.add(settings.daily());
        for (long hours : COMPARED_TARGET_HOURS) {
            runs.add(settings.withTargetHours(hours));
        }
        List<TargetCostRow> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            rows.add(TargetCostRow.of(plan(county, demand, runs.get(i), matrices, progress,
                    (i + 1) + "/" + runs.size() + " ", i, runs.size())));
        }
        return write(rows);
    }

    /** Writes a job's result on it, which the job machinery marks DONE. */
    static void store(StoredCalendar job, String result) {
        job.result = result;
        job.state.phase = "done";
    }

    /** The generated week of the request, or the uploaded week stored with the job. */
    private WeekDemand demand(long id, CountyNetworkData county, CalendarRequest request) {
        UploadedDemand uploaded = QuarkusTransaction.requiringNew().call(() -> {
            StoredCalendar job = stored.findById(id);
            return job == null || job.state.demandSource != DemandSource.UPLOADED ? null
                    : new UploadedDemand(job.demandDownCsv, job.demandUpCsv);
        });
        if (uploaded == null) {
            return WeekDemand.generated(county, request.weekStart(), request.demandSeed());
        }
        return WeekDemand.of(request.weekStart(), uploaded.down(), uploaded.up());
    }

    private static WeekCalendar plan(CountyNetworkData county, WeekDemand demand, CalendarSettings settings,
            MatrixSource matrices, JobProgress progress, String prefix, int index, int count) {
        CalendarPlanner planner = new CalendarPlanner();
        progress.onStop(planner::stop);
        return planner.plan(county, demand, settings, matrices,
                (phase, done) -> progress.report(prefix + phase, (index + done) / count));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
