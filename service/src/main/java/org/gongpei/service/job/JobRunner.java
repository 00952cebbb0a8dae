package org.gongpei.service.job;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.plan.UnroutableVillageException;
import org.jboss.logging.Logger;

/**
 * Runs one job on a scheduler thread: marks it solving, lets its kind run it with a progress sink, then
 * stores the result (DONE) or the failure (FAILED). When the service stops meanwhile, a job whose kind keeps
 * what it found is stored DONE (stopped early); any other is handed back to the queue for another instance
 * or the next start. A job whose instance died is queued again up to {@code gongpei.jobs.dead-job-reruns}
 * times, then ends INTERRUPTED.
 */
@ApplicationScoped
class JobRunner {

    static final String STOPPED = "The service stopped during the job; start it again.";
    static final String DEAD = "The service instance running the job stopped answering; start it again.";
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    @Inject
    @Any
    Instance<JobKind<?, ?>> kinds;

    @Inject
    JobStore store;

    @Inject
    StopRequests stopRequests;

    @ConfigProperty(name = "gongpei.jobs.dead-job-reruns", defaultValue = "1")
    int deadJobReruns;

    private final Map<JobKey, RunningJob> running = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    /** @throws IllegalStateException for a kind no bean implements */
    JobKind<?, ?> kind(String name) {
        for (JobKind<?, ?> kind : kinds) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalStateException("No job kind " + name);
    }

    Iterable<JobKind<?, ?>> kinds() {
        return kinds;
    }

    Optional<RunningJob> running(JobKey key) {
        return Optional.ofNullable(running.get(key));
    }

    Collection<RunningJob> runningJobs() {
        return running.values();
    }

    /**
     * Runs the job of an execution the scheduler picked.
     *
     * @throws ServiceStoppingException when the service stops before the job starts; the execution waits
     *         for the next start
     */
    void run(JobKey key) {
        JobKind<?, ?> kind;
        try {
            kind = kind(key.kind());
        } catch (IllegalStateException e) {
            LOG.errorf("Dropping the execution of %s: %s", key.instanceId(), e.getMessage());
            return;
        }
        run(kind, key);
    }

    private <R> void run(JobKind<R, ?> kind, JobKey key) {
        if (shuttingDown) {
            throw new ServiceStoppingException(key);
        }
        if (!store.start(kind, key.id())) {
            return;
        }
        RunningJob job = new RunningJob(key, progress -> {
            try {
                store.progress(kind, key.id(), progress);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Cannot store the progress of %s", key.instanceId());
            }
        });
        running.put(key, job);
        try {
            R result = kind.run(key.id(), job);
            if (shuttingDown && !kind.keepsResultWhenStopped()) {
                handBack(kind, key);
            } else {
                store.done(kind, key.id(), job.latest(), record -> kind.store(record, result, job.stopRequested()));
                LOG.infof("%s %d done%s", kind.label(), key.id(), job.stopRequested() ? " (stopped early)" : "");
            }
        } catch (ServiceStoppingException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            fail(kind, key, e);
        } finally {
            running.remove(key);
            if (job.stopRequested()) {
                clearStopRequest(key);
            }
        }
    }

    /**
     * Puts a job stopped by shutdown back in the queue, for another instance or the next start.
     *
     * @throws ServiceStoppingException always, so that the scheduler keeps its execution
     */
    private void handBack(JobKind<?, ?> kind, JobKey key) {
        if (store.requeue(kind, key.id(), false, 0)) {
            LOG.infof("%s %d handed back to the queue: this instance stops", kind.label(), key.id());
            throw new ServiceStoppingException(key);
        }
        store.end(kind, key.id(), JobStatus.INTERRUPTED, STOPPED);
    }

    private void clearStopRequest(JobKey key) {
        try {
            stopRequests.clear(key);
        } catch (RuntimeException e) {
            LOG.warnf("Cannot clear the stop request of %s: %s", key.instanceId(), e.getMessage());
        }
    }

    private void fail(JobKind<?, ?> kind, JobKey key, Throwable e) {
        String message;
        if (shuttingDown) {
            handBack(kind, key);
            return;
        }
        if (e instanceof UnroutableVillageException || e instanceof IllegalArgumentException) {
            LOG.warnf("%s %d failed: %s", kind.label(), key.id(), e.getMessage());
            message = e.getMessage();
        } else {
            LOG.errorf(e, "%s %d failed", kind.label(), key.id());
            message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        store.end(kind, key.id(), JobStatus.FAILED, message);
    }

    /** The service stops: a job picked now, or handed back, waits in the queue for another instance or the next start. */
    static final class ServiceStoppingException extends RuntimeException {

        ServiceStoppingException(JobKey key) {
            super("The service is stopping; " + key.instanceId() + " waits for another instance or the next start");
        }
    }

    /**
     * Handles the job of an execution the scheduler found dead (its instance stopped heartbeating): queued
     * again while it has re-runs left, otherwise ended INTERRUPTED.
     *
     * @return whether the execution is to run again
     */
    boolean dead(JobKey key) {
        JobKind<?, ?> kind = kind(key.kind());
        if (store.requeue(kind, key.id(), true, deadJobReruns)) {
            LOG.warnf("%s %d queued again: the instance solving it stopped heartbeating", kind.label(), key.id());
            return true;
        }
        if (store.end(kind, key.id(), JobStatus.INTERRUPTED, DEAD)) {
            LOG.warnf("%s %d marked interrupted: the instance solving it stopped heartbeating", kind.label(),
                    key.id());
        }
        return false;
    }

    /**
     * Asks every running job to stop; from now on no job starts, and stopped ones are stored or handed back.
     *
     * @return how many jobs were running
     */
    int stopAll() {
        shuttingDown = true;
        running.values().forEach(RunningJob::stop);
        return running.size();
    }
}
