package org.gongpei.service.job;

import java.util.Optional;
import java.util.function.LongSupplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.service.database.DatabaseMigration;
import org.jboss.logging.Logger;

/**
 * Every kind's long jobs, one way: a bounded queue of scheduler executions ({@code gongpei.jobs.max-queued}
 * waiting at most on all instances together, then 429 with {@code Retry-After}; a job is counted and stored in
 * one transaction under the queue's advisory lock, so concurrent requests to any instances never exceed it), stop
 * and cancel, the progress of running jobs, and on startup the recovery of jobs left by an earlier run, then the
 * scheduler's start.
 */
@ApplicationScoped
public class Jobs {

    /** Seconds a refused client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;
    static final String MAX_QUEUED = "gongpei.jobs.max-queued";
    private static final Logger LOG = Logger.getLogger(Jobs.class);

    @ConfigProperty(name = MAX_QUEUED, defaultValue = "4")
    int maxQueued;

    @Inject
    JobScheduler scheduler;

    @Inject
    JobRunner runner;

    @Inject
    JobRecovery recovery;

    @Inject
    StopRequests stopRequests;

    /**
     * Refuses early, before anything is stored, when as many jobs wait as allowed; {@link #submit} counts again
     * under the queue's lock.
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
     * Queues a new job of the kind: in one transaction holding the queue's advisory lock, counts the waiting jobs
     * of every instance, stores the job and its execution, so that the queue never holds more than allowed.
     *
     * @param create stores the job QUEUED in the current transaction and returns its id
     * @return the job's status document as queued (the job may start at once)
     * @throws QueueFullException when the queue is full; nothing is stored then
     */
    public <V extends JobView> V submit(JobKind<?, V> kind, LongSupplier create) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            scheduler.lockQueue();
            requireRoom();
            long created = create.getAsLong();
            scheduler.schedule(new JobKey(kind.name(), created));
            return created;
        });
        V queued = kind.view(id);
        scheduler.checkForDueJobs();
        return queued;
    }

    /** @return the latest progress of the job when this process runs it (other instances store theirs) */
    public Optional<RunningProgress> progress(JobKind<?, ?> kind, long id) {
        return runner.running(new JobKey(kind.name(), id)).map(RunningJob::latest);
    }

    /**
     * Asks a solving job to finish early: at once when this process solves it, otherwise through the database
     * for the instance that does (within about a second).
     *
     * @throws JobConflictException when it is not solving
     */
    public void stop(JobKind<?, ?> kind, long id) {
        JobStatus status = kind.view(id).status();
        if (status != JobStatus.SOLVING) {
            throw new JobConflictException(kind.label() + " " + id + " is " + status + "; only a SOLVING "
                    + kind.label().toLowerCase() + " can be stopped");
        }
        JobKey key = new JobKey(kind.name(), id);
        Optional<RunningJob> job = runner.running(key);
        if (job.isPresent()) {
            job.get().stop();
        } else {
            stopRequests.request(key);
        }
    }

    /** Takes a queued job out of the queue (its stored record is the kind's to delete). */
    public void cancel(JobKind<?, ?> kind, long id) {
        scheduler.cancel(new JobKey(kind.name(), id));
    }

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 5) StartupEvent event) {
        recovery.recover();
        scheduler.start();
        stopRequests.watch();
    }

    /**
     * Takes no new job, asks the running ones to stop (each is then stored or handed back to the queue) and
     * lets the scheduler wait for them up to {@code gongpei.jobs.shutdown-wait}.
     */
    void onStop(@Observes ShutdownEvent event) {
        int running = runner.stopAll();
        LOG.infof("Job scheduler %s stopping: takes no new job; %d running job(s) asked to end within %s",
                scheduler.name(), running, scheduler.shutdownWait());
        scheduler.stop();
        int left = runner.runningJobs().size();
        if (left == 0) {
            LOG.infof("Job scheduler %s stopped: no job left running", scheduler.name());
        } else {
            LOG.warnf("Job scheduler %s stopped with %d job(s) still running; another instance re-runs them once"
                    + " their heartbeat is missed", scheduler.name(), left);
        }
    }
}
