package org.gongpei.service.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.gongpei.planning.plan.UnroutableVillageException;
import org.jboss.logging.Logger;

/**
 * Runs one job on a scheduler thread: marks it solving, lets its kind run it with a progress sink, then
 * stores the result (DONE), the failure (FAILED) or, when the service stops meanwhile, INTERRUPTED.
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
                store.end(kind, key.id(), JobStatus.INTERRUPTED, STOPPED);
            } else {
                store.done(kind, key.id(), job.latest(), record -> kind.store(record, result, job.stopRequested()));
                LOG.infof("%s %d done%s", kind.label(), key.id(), job.stopRequested() ? " (stopped early)" : "");
            }
        } catch (RuntimeException | Error e) {
            fail(kind, key, e);
        } finally {
            running.remove(key);
        }
    }

    private void fail(JobKind<?, ?> kind, JobKey key, Throwable e) {
        String message;
        if (shuttingDown) {
            store.end(kind, key.id(), JobStatus.INTERRUPTED, STOPPED);
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

    /** The service stops: a job picked now is left queued, to run after the next start. */
    static final class ServiceStoppingException extends RuntimeException {

        ServiceStoppingException(JobKey key) {
            super("The service is stopping; " + key.instanceId() + " runs after the next start");
        }
    }

    /** Ends the job of an execution the scheduler found dead (its instance stopped heartbeating). */
    void dead(JobKey key) {
        JobKind<?, ?> kind = kind(key.kind());
        if (store.end(kind, key.id(), JobStatus.INTERRUPTED, DEAD)) {
            LOG.warnf("%s %d marked interrupted: its execution's heartbeat stopped", kind.label(), key.id());
        }
    }

    /** Asks every running job to stop; from now on, no job starts and stopped ones end INTERRUPTED. */
    void stopAll() {
        shuttingDown = true;
        running.values().forEach(RunningJob::stop);
    }
}
