package org.gongpei.service.job;

import java.util.Optional;
import java.util.function.LongSupplier;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.service.database.DatabaseMigration;

/**
 * Every kind's long jobs, one way: a bounded queue of scheduler executions ({@code gongpei.jobs.max-queued}
 * waiting at most, then 429 with {@code Retry-After}), stop and cancel, the progress of running jobs, and on
 * startup the recovery of jobs left by an earlier run, then the scheduler's start.
 */
@ApplicationScoped
public class Jobs {

    /** Seconds a refused client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;
    static final String MAX_QUEUED = "gongpei.jobs.max-queued";

    @ConfigProperty(name = MAX_QUEUED, defaultValue = "4")
    int maxQueued;

    @Inject
    JobScheduler scheduler;

    @Inject
    JobRunner runner;

    @Inject
    JobRecovery recovery;

    @Inject
    JobStore store;

    /**
     * Refuses early, before anything is stored, when as many jobs wait as allowed.
     *
     * @throws QueueFullException when the queue is full
     */
    public void requireRoom() {
        long queued = scheduler.queued();
        if (queued >= maxQueued) {
            throw new QueueFullException(queued, MAX_QUEUED, RETRY_AFTER_SECONDS);
        }
    }

    /**
     * Queues a new job of the kind.
     *
     * @param create stores the job QUEUED and returns its id
     * @return the job's status document as queued (the job may start at once)
     * @throws QueueFullException when the queue is full; nothing is stored then
     */
    public <V extends JobView> V submit(JobKind<?, V> kind, LongSupplier create) {
        requireRoom();
        long id = create.getAsLong();
        V queued = kind.view(id);
        try {
            scheduler.schedule(new JobKey(kind.name(), id));
        } catch (RuntimeException e) {
            store.delete(kind, id);
            throw e;
        }
        return queued;
    }

    /** @return the latest progress of the job when this process runs it */
    public Optional<RunningProgress> progress(JobKind<?, ?> kind, long id) {
        return runner.running(new JobKey(kind.name(), id)).map(RunningJob::latest);
    }

    /**
     * Asks a job this process solves to finish early.
     *
     * @throws JobConflictException when it is not solving here
     */
    public void stop(JobKind<?, ?> kind, long id) {
        JobStatus status = kind.view(id).status();
        Optional<RunningJob> job = runner.running(new JobKey(kind.name(), id));
        if (status != JobStatus.SOLVING || job.isEmpty()) {
            throw new JobConflictException(kind.label() + " " + id + " is " + status + "; only a SOLVING "
                    + kind.label().toLowerCase() + " can be stopped");
        }
        job.get().stop();
    }

    /** Takes a queued job out of the queue (its stored record is the kind's to delete). */
    public void cancel(JobKind<?, ?> kind, long id) {
        scheduler.cancel(new JobKey(kind.name(), id));
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 5) StartupEvent event) {
        recovery.recover();
        scheduler.start();
    }

    /** Asks the running jobs to stop, then lets the scheduler wait for them to end. */
    void onStop(@Observes ShutdownEvent event) {
        runner.stopAll();
        scheduler.stop();
    }
}
