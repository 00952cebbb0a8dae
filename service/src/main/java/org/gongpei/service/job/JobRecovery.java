package org.gongpei.service.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Ends, at startup, the jobs no scheduler execution will ever finish: stored as queued or solving, but without
 * an execution. A job whose execution exists is never touched here, whichever instance picked it: one whose
 * instance died is found by its missing heartbeat, by the scheduler of any instance, which queues it again or
 * marks it interrupted ({@link JobRunner#dead}). So starting an instance leaves the running jobs of the
 * others alone.
 */
@ApplicationScoped
public class JobRecovery {

    /** Error of a job whose execution ended with the service. */
    public static final String RESTARTED = "The service restarted during the job; start it again.";
    private static final Logger LOG = Logger.getLogger(JobRecovery.class);

    @Inject
    JobRunner runner;

    @Inject
    JobScheduler scheduler;

    @Inject
    JobStore store;

    /** @return how many jobs were marked interrupted */
    public int recover() {
        int marked = 0;
        for (JobKind<?, ?> kind : runner.kinds()) {
            for (long id : store.active(kind)) {
                JobKey key = new JobKey(kind.name(), id);
                if (scheduler.execution(key).isEmpty() && store.end(kind, id, JobStatus.INTERRUPTED, RESTARTED)) {
                    marked++;
                }
            }
        }
        if (marked > 0) {
            LOG.infof("Marked %d job(s) without a scheduler execution as interrupted", marked);
        }
        return marked;
    }
}
