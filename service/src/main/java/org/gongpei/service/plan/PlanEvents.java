package org.gongpei.service.plan;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A plan's status documents as a stream: the current one at once, then each change (at most one a
 * second), ending after the plan has finished, failed or been interrupted.
 */
@ApplicationScoped
public class PlanEvents {

    static final long INTERVAL_MILLIS = 1_000;
    private static final int THREADS = 2;

    @Inject
    PlanJobs jobs;

    private ScheduledExecutorService ticks;

    @PostConstruct
    void init() {
        AtomicInteger count = new AtomicInteger();
        ticks = Executors.newScheduledThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "plan-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        ticks.shutdownNow();
    }

    /**
     * @throws PlanNotFoundException at once for an unknown plan
     */
    public Multi<PlanView> stream(long id) {
        jobs.view(id);
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<PlanView> last = new AtomicReference<>();
            ScheduledFuture<?> tick = ticks.scheduleWithFixedDelay(() -> {
                try {
                    PlanView view = jobs.view(id);
                    if (!view.equals(last.getAndSet(view))) {
                        emitter.emit(view);
                    }
                    if (!view.status().active()) {
                        emitter.complete();
                    }
                } catch (PlanNotFoundException e) {
                    emitter.complete();
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            }, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> tick.cancel(false));
        });
    }
}
