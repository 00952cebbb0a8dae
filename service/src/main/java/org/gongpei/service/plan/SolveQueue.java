package org.gongpei.service.plan;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Background jobs run one at a time by a daemon worker thread, with at most {@code maxQueued} more waiting;
 * a job that does not fit is refused with a {@link QueueFullException} naming the jobs and their setting.
 */
public final class SolveQueue {

    private static final int RETRY_AFTER_SECONDS = 60;

    private final ThreadPoolExecutor executor;
    private final String jobs;
    private final String setting;

    /**
     * @param jobs what the queue runs, for messages, e.g. {@code analyses}
     * @param setting the configuration property that sets {@code maxQueued}
     * @param threadName the worker thread's name
     */
    public SolveQueue(String jobs, String setting, int maxQueued, String threadName) {
        if (maxQueued < 1) {
            throw new IllegalStateException(setting + " must be at least 1, not " + maxQueued);
        }
        this.jobs = jobs;
        this.setting = setting;
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(maxQueued),
                runnable -> {
                    Thread thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Refuses early, before anything is stored, when no job can wait. */
    public void requireRoom() {
        if (executor.getQueue().remainingCapacity() == 0) {
            throw full();
        }
    }

    /**
     * Queues a job; when it is refused after all, {@code undo} runs (e.g. to remove what was stored for it)
     * and a {@link QueueFullException} follows.
     */
    public void execute(Runnable job, Runnable undo) {
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            undo.run();
            throw full();
        }
    }

    /** Drops the waiting jobs and lets the running one finish on its own thread. */
    public void shutdown() {
        executor.getQueue().clear();
        executor.shutdown();
    }

    private QueueFullException full() {
        return new QueueFullException(jobs, executor.getActiveCount(), executor.getQueue().size(), setting,
                RETRY_AFTER_SECONDS);
    }
}
