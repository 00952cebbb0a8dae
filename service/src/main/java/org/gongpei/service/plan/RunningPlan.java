package org.gongpei.service.plan;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.PlanningProgress;

/** A plan this process has queued or is solving: its planner, the stop request and the latest progress. */
final class RunningPlan {

    static final long PERSIST_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    final long id;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private volatile boolean started;
    private volatile long startNanos;
    private volatile DailyPlanner planner;
    private volatile PlanningProgress latest;
    private volatile Runnable task;
    private long lastPersistedNanos;

    RunningPlan(long id) {
        this.id = id;
    }

    void task(Runnable task) {
        this.task = task;
    }

    Runnable task() {
        return task;
    }

    void started() {
        startNanos = System.nanoTime();
        started = true;
    }

    boolean isStarted() {
        return started;
    }

    long elapsedMillis() {
        return started ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos) : 0;
    }

    /** Hands over the planner; a stop asked for before it existed reaches it now. */
    void planner(DailyPlanner planner) {
        this.planner = planner;
        if (stopRequested.get()) {
            planner.terminateEarly();
        }
    }

    void stop() {
        stopRequested.set(true);
        DailyPlanner current = planner;
        if (current != null) {
            current.terminateEarly();
        }
    }

    boolean stopRequested() {
        return stopRequested.get();
    }

    PlanningProgress latest() {
        return latest;
    }

    /**
     * Keeps the latest progress; a stop request is passed on again, so that it reaches each part of the
     * solve.
     *
     * @return whether this progress should be written to the database (at most once a second)
     */
    synchronized boolean report(PlanningProgress progress) {
        latest = progress;
        DailyPlanner current = planner;
        if (current != null && stopRequested.get()) {
            current.terminateEarly();
        }
        long now = System.nanoTime();
        if (lastPersistedNanos == 0 || now - lastPersistedNanos >= PERSIST_INTERVAL_NANOS) {
            lastPersistedNanos = now;
            return true;
        }
        return false;
    }
}
