package org.gongpei.service.job;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Ends the jobs no scheduler execution will finish: stored as queued or solving, but whose execution is gone,
 * was picked by this instance in an earlier run, or stopped heartbeating. Jobs whose execution waits or runs
 * are left alone.
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
        Instant now = Instant.now();
        for (JobKind<?, ?> kind : runner.kinds()) {
            for (long id : store.active(kind)) {
                JobKey key = new JobKey(kind.name(), id);
                Optional<SchedulerExecution> execution = scheduler.execution(key);
                boolean live = execution
                        .map(e -> e.live(scheduler.name(), runner.running(key).isPresent(), now, scheduler.deadAfter()))
                        .orElse(false);
                if (!live && store.end(kind, id, JobStatus.INTERRUPTED, RESTARTED)) {
                    marked++;
                    if (execution.isPresent()) {
                        scheduler.forget(key);
                    }
                }
            }
        }
        if (marked > 0) {
            LOG.infof("Marked %d job(s) without a live scheduler execution as interrupted", marked);
        }
        return marked;
    }
}
