package org.gongpei.service.design;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.job.RunningProgress;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;

/**
 * What every network design job does alike through {@link Jobs}: store the checked request with the county's current
 * roads, list, read and stop a county's jobs, and keep the result (also of a stopped run) as JSON. A kind says how
 * to run one of its jobs and what its records, results and missing jobs are.
 *
 * @param <S> the kind's stored record
 * @param <R> what a run produces
 */
public abstract class DesignJobs<S extends DesignJobRecord, R> implements JobKind<R, DesignJobView> {

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    @Inject
    Jobs jobs;

    @Inject
    CountyService counties;

    @Inject
    CountyRepository countyRepository;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    ObjectMapper json;

    /** @return the kind's stored jobs */
    protected abstract PanacheRepository<S> repository();

    /** @return a new, empty record of the kind */
    protected abstract S newRecord();

    /** @return what a run produces, to read a stored result */
    protected abstract Class<R> resultType();

    /** @return the kind's answer to a job that does not exist or is not of the county asked for */
    protected abstract RuntimeException notFound(long id);

    /**
     * Queues a job of the county on its current roads.
     *
     * @param checked the request with its defaults, already checked
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    protected DesignJobView queue(String countyCode, Object checked) {
        RoadVersion roads = roadNetworks.current(countyCode);
        jobs.requireRoom();
        return jobs.submit(this, () -> QuarkusTransaction.joiningExisting().call(() -> {
            S job = newRecord();
            job.county = countyRepository.findByCode(countyCode)
                    .orElseThrow(() -> new CountyNotFoundException(countyCode));
            job.state = JobState.queued(null);
            job.request = write(checked);
            job.roads = write(roads);
            repository().persist(job);
            return job.id;
        }));
    }

    /**
     * @return the county's jobs of this kind, newest first, without their results
     * @throws CountyNotFoundException for an unknown county
     */
    public List<DesignJobView> list(String countyCode) {
        counties.summary(countyCode);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> repository()
                .list("county.code = ?1 order by state.createdAt desc, id desc", countyCode).stream()
                .map(job -> job.id).toList());
        return ids.stream().map(id -> view(id, false)).toList();
    }

    /** @return the job's status document when it belongs to the county, else {@link #notFound} */
    public DesignJobView view(String countyCode, long id) {
        DesignJobView view = view(id);
        if (!view.countyCode().equals(countyCode)) {
            throw notFound(id);
        }
        return view;
    }

    /** @return the stored result of a done job of the county, or null while it is not done */
    public R result(String countyCode, long id) {
        DesignJobView view = view(countyCode, id);
        return view.result() == null ? null : json.convertValue(view.result(), resultType());
    }

    /**
     * Asks a running job to end with the best it found so far.
     *
     * @throws org.gongpei.service.job.JobConflictException when it is not solving
     */
    public DesignJobView stop(String countyCode, long id) {
        view(countyCode, id);
        jobs.stop(this, id);
        return view(id);
    }

    /** The job's status, with the latest progress of a run this process does. */
    @Override
    public DesignJobView view(long id) {
        return view(id, true);
    }

    /** @param withResult whether the result is read too (a list leaves it out) */
    private DesignJobView view(long id, boolean withResult) {
        DesignJobView view = QuarkusTransaction.requiringNew().call(() -> {
            S job = repository().findById(id);
            if (job == null) {
                throw notFound(id);
            }
            JobState state = job.state;
            try {
                return new DesignJobView(job.id, job.county.code, state.status, job.stoppedEarly, state.phase,
                        state.fractionDone, json.readTree(job.request), json.readValue(job.roads, RoadVersion.class),
                        state.createdAt, state.startedAt, state.finishedAt, state.error,
                        job.result == null || !withResult ? null : json.readTree(job.result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(label() + " " + id + " has unreadable JSON", e);
            }
        });
        if (view.status() != JobStatus.SOLVING) {
            return view;
        }
        RunningProgress progress = jobs.progress(this, id).orElse(null);
        return progress == null ? view : new DesignJobView(view.id(), view.countyCode(), view.status(),
                view.stoppedEarly(), progress.phase(), progress.fractionDone(), view.request(), view.roads(),
                view.createdAt(), view.startedAt(), view.finishedAt(), view.error(), null);
    }

    @Override
    public void store(JobRecord record, R result, boolean stoppedEarly) {
        DesignJobRecord job = (DesignJobRecord) record;
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
