package org.gongpei.service.job;

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

/**
 * A job's status documents as a stream, for every kind alike: the current one at once, then each change (at
 * most one a second), ending after the job is no longer queued or solving.
 */
@ApplicationScoped
public class JobEvents {

    static final long INTERVAL_MILLIS = 1_000;
    private static final int THREADS = 2;

    private ScheduledExecutorService ticks;

    @PostConstruct
    void init() {
        AtomicInteger count = new AtomicInteger();
        ticks = Executors.newScheduledThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "job-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void close() {
        ticks.shutdownNow();
    }

    /**
     * @throws JobNotFoundException at once for an unknown job
     */
    public <V extends JobView> Multi<V> stream(JobKind<?, V> kind, long id) {
        kind.view(id);
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<V> last = new AtomicReference<>();
            ScheduledFuture<?> tick = ticks.scheduleWithFixedDelay(() -> {
                try {
                    V view = kind.view(id);
                    if (!view.equals(last.getAndSet(view))) {
                        emitter.emit(view);
                    }
                    if (!view.status().active()) {
                        emitter.complete();
                    }
                } catch (JobNotFoundException e) {
                    emitter.complete();
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            }, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> tick.cancel(false));
        });
    }
}
