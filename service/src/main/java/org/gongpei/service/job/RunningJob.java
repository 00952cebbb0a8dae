package org.gongpei.service.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A job this process is running: the stop request, how to stop it, and the latest progress. */
final class RunningJob implements JobProgress {

    static final long PERSIST_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    final JobKey key;
    private final Consumer<RunningProgress> persist;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final List<Runnable> stops = new CopyOnWriteArrayList<>();
    private final long startNanos = System.nanoTime();
    private volatile RunningProgress latest;
    private long lastPersistedNanos;

    /** @param persist writes a progress to the database */
    RunningJob(JobKey key, Consumer<RunningProgress> persist) {
        this.key = key;
        this.persist = persist;
    }

    @Override
    public void report(String phase, double fractionDone, String bestScore) {
        RunningProgress progress = new RunningProgress(phase, fractionDone, bestScore, elapsedSeconds());
        if (stopRequested.get()) {
            stops.forEach(Runnable::run);
        }
        if (due(progress)) {
            persist.accept(progress);
        }
    }

    private synchronized boolean due(RunningProgress progress) {
        latest = progress;
        long now = System.nanoTime();
        if (lastPersistedNanos == 0 || now - lastPersistedNanos >= PERSIST_INTERVAL_NANOS) {
            lastPersistedNanos = now;
            return true;
        }
        return false;
    }

    @Override
    public void onStop(Runnable stop) {
        stops.add(stop);
        if (stopRequested.get()) {
            stop.run();
        }
    }

    @Override
    public boolean stopRequested() {
        return stopRequested.get();
    }

    void stop() {
        stopRequested.set(true);
        stops.forEach(Runnable::run);
    }

    /** @return the latest progress reported, with the time since the job started; null before any */
    RunningProgress latest() {
        RunningProgress last = latest;
        return last == null ? null
                : new RunningProgress(last.phase(), last.fractionDone(), last.bestScore(), elapsedSeconds());
    }

    private double elapsedSeconds() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos) / 1000.0;
    }
}
