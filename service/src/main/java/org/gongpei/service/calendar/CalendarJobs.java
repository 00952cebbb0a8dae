package org.gongpei.service.calendar;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.calendar.CalendarPlanner;
import org.gongpei.planning.calendar.CalendarSettings;
import org.gongpei.planning.calendar.WeekCalendar;
import org.gongpei.planning.calendar.WeekDemand;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.service.county.County;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.database.DatabaseMigration;
import org.gongpei.service.plan.DemandSource;
import org.gongpei.service.plan.DemandUpload;
import org.gongpei.service.plan.PlanStatus;
import org.gongpei.service.plan.QueueFullException;
import org.gongpei.service.plan.SolveQueue;
import org.gongpei.service.plan.UploadedDemand;
import org.gongpei.service.roads.RoadNetworks;
import org.jboss.logging.Logger;

/**
 * Plans weekly calendars and target-cost comparisons in the background, one at a time behind a bounded queue
 * ({@code gongpei.calendars.max-queued}), with progress and results stored in PostgreSQL. A job plans the week
 * generated from its request's seed, or the uploaded week stored with it. Jobs left queued or
 * solving by an earlier process are marked interrupted at startup.
 */
@ApplicationScoped
public class CalendarJobs {

    private static final Logger LOG = Logger.getLogger(CalendarJobs.class);
    private static final String RESTARTED = "The service restarted during the solve; start it again.";
    private static final long[] COMPARED_TARGET_HOURS = {24, 48, 72};

    @ConfigProperty(name = "gongpei.calendars.max-queued", defaultValue = "2")
    int maxQueued;

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

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

    private SolveQueue queue;
    private volatile CalendarPlanner running;

    @PostConstruct
    void init() {
        queue = new SolveQueue("calendar job(s)", "gongpei.calendars.max-queued", maxQueued, "calendar-solver");
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 6) StartupEvent event) {
        int marked = QuarkusTransaction.requiringNew().call(() -> stored.markInterrupted(RESTARTED));
        if (marked > 0) {
            LOG.infof("Marked %d calendar job(s) of an earlier run as interrupted", marked);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        queue.shutdown();
        CalendarPlanner planner = running;
        if (planner != null) {
            planner.stop();
        }
    }

    /**
     * Queues a job on the generated week of the request.
     *
     * @throws CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.roads.NoRoadNetworkException when the county has no road network
     * @throws org.gongpei.service.county.InvalidInputException naming each bad field
     * @throws QueueFullException when the queue is full
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
     * @throws QueueFullException when the queue is full
     */
    public CalendarView submitUploaded(String countyCode, CalendarKind kind, CalendarRequest checked,
            DemandUpload.CsvFile down, DemandUpload.CsvFile up) {
        CountyNetworkData county = counties.network(countyCode);
        roadNetworks.requireConfigured(countyCode);
        WeekDemand week = DemandUpload.readWeek(county, checked.weekStart(), down, up);
        return queue(countyCode, kind, checked, UploadedDemand.of(week.allDown(), week.allUp()));
    }

    private CalendarView queue(String countyCode, CalendarKind kind, CalendarRequest checked, UploadedDemand uploaded) {
        queue.requireRoom();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            StoredCalendar job = new StoredCalendar();
            job.county = countyRepository.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
            job.kind = kind;
            job.status = PlanStatus.QUEUED;
            job.request = write(checked);
            job.demandSource = uploaded == null ? DemandSource.GENERATED : DemandSource.UPLOADED;
            if (uploaded != null) {
                job.demandDownCsv = uploaded.downCsv();
                job.demandUpCsv = uploaded.upCsv();
            }
            job.createdAt = OffsetDateTime.now();
            stored.persist(job);
            return job.id;
        });
        queue.execute(() -> run(id, countyCode, kind, checked),
                () -> QuarkusTransaction.requiringNew().run(() -> stored.deleteById(id)));
        return view(id, kind);
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
                return new CalendarView(job.id, job.county.code, job.kind, job.demandSource, job.status, job.phase,
                        job.fractionDone, json.readTree(job.request), job.createdAt, job.finishedAt, job.errorMessage,
                        job.result == null ? null : json.readTree(job.result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Calendar " + id + " has unreadable JSON", e);
            }
        });
    }

    /** @return the stored result of a done calendar, or null while it is not done */
    public CalendarResult result(long id) {
        CalendarView view = view(id, CalendarKind.CALENDAR);
        return view.result() == null ? null : json.convertValue(view.result(), CalendarResult.class);
    }

    private void run(long id, String countyCode, CalendarKind kind, CalendarRequest request) {
        try {
            update(id, job -> job.status = PlanStatus.SOLVING);
            CountyNetworkData county = counties.network(countyCode);
            WeekDemand demand = demand(id, county, request);
            MatrixSource matrices = MatrixSource.roads(roadNetworks.forCounty(countyCode), matrixCacheDir);
            CalendarSettings settings = CalendarRequests.settings(request);
            Object result;
            if (kind == CalendarKind.CALENDAR) {
                result = CalendarResult.of(plan(id, county, demand, settings, matrices, "", 0, 1));
            } else {
                List<CalendarSettings> runs = new ArrayList<>();
                runs.add(settings.daily());
                for (long hours : COMPARED_TARGET_HOURS) {
                    runs.add(settings.withTargetHours(hours));
                }
                List<TargetCostRow> rows = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    rows.add(TargetCostRow.of(plan(id, county, demand, runs.get(i), matrices,
                            (i + 1) + "/" + runs.size() + " ", i, runs.size())));
                }
                result = rows;
            }
            String document = write(result);
            update(id, job -> {
                job.status = PlanStatus.DONE;
                job.result = document;
                job.fractionDone = 1;
                job.phase = "done";
                job.finishedAt = OffsetDateTime.now();
            });
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Calendar job %d failed", id);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            update(id, job -> {
                job.status = PlanStatus.FAILED;
                job.errorMessage = message;
                job.finishedAt = OffsetDateTime.now();
            });
        } finally {
            running = null;
        }
    }

    /** The generated week of the request, or the uploaded week stored with the job. */
    private WeekDemand demand(long id, CountyNetworkData county, CalendarRequest request) {
        UploadedDemand uploaded = QuarkusTransaction.requiringNew().call(() -> {
            StoredCalendar job = stored.findById(id);
            return job == null || job.demandSource != DemandSource.UPLOADED ? null
                    : new UploadedDemand(job.demandDownCsv, job.demandUpCsv);
        });
        if (uploaded == null) {
            return WeekDemand.generated(county, request.weekStart(), request.demandSeed());
        }
        return WeekDemand.of(request.weekStart(), uploaded.down(), uploaded.up());
    }

    private WeekCalendar plan(long id, CountyNetworkData county, WeekDemand demand, CalendarSettings settings,
            MatrixSource matrices, String prefix, int index, int count) {
        CalendarPlanner planner = new CalendarPlanner();
        running = planner;
        return planner.plan(county, demand, settings, matrices, (phase, done) -> update(id, job -> {
            job.phase = prefix + phase;
            job.fractionDone = (index + done) / count;
        }));
    }

    private void update(long id, java.util.function.Consumer<StoredCalendar> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredCalendar job = stored.findById(id);
            if (job != null) {
                change.accept(job);
            }
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
