package org.gongpei.service.job;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where a stored job is: its status, the phase and share done of a running solve, its times, why it failed,
 * and where its demand comes from. Plans, analyses and calendars embed it alike.
 */
@Embeddable
public class JobState {

    @Enumerated(EnumType.STRING)
    public JobStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "demand_source")
    public DemandSource demandSource;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    public String phase;
    @Column(name = "fraction_done")
    public double fractionDone;
    @Column(name = "error_message")
    public String error;
    /** How often the job was queued again after the instance solving it died. */
    public int reruns;

    /** A job that waits for a solver from now on. */
    public static JobState queued(DemandSource demandSource) {
        JobState state = new JobState();
        state.status = JobStatus.QUEUED;
        state.demandSource = demandSource;
        state.createdAt = OffsetDateTime.now();
        return state;
    }

    /** @return whether the job is waiting or being solved */
    public boolean active() {
        return status.active();
    }

    void start() {
        status = JobStatus.SOLVING;
        startedAt = OffsetDateTime.now();
    }

    void progress(String phase, double fractionDone) {
        this.phase = phase;
        this.fractionDone = fractionDone;
    }

    void done() {
        status = JobStatus.DONE;
        fractionDone = 1;
        finishedAt = OffsetDateTime.now();
    }

    /** Back in the queue, as if never started: its instance died (a re-run) or handed it back on shutdown. */
    void requeue(boolean rerun) {
        status = JobStatus.QUEUED;
        startedAt = null;
        phase = null;
        fractionDone = 0;
        if (rerun) {
            reruns++;
        }
    }

    void end(JobStatus status, String error) {
        this.status = status;
        this.error = error;
        finishedAt = OffsetDateTime.now();
    }
}
