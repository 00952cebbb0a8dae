package org.gongpei.service.plan;

/** Every solver is busy and the queue of waiting jobs is full; nothing was stored. */
public class QueueFullException extends RuntimeException {

    private final int retryAfterSeconds;

    public QueueFullException(int running, int queued, int retryAfterSeconds) {
        this("plan(s)", running, queued, "gongpei.plans.max-concurrent-solves, gongpei.plans.max-queued",
                retryAfterSeconds);
    }

    /**
     * @param jobs what is solving and waiting, e.g. {@code analyses}
     * @param settings the settings that bound them
     */
    public QueueFullException(String jobs, int running, int queued, String settings, int retryAfterSeconds) {
        super(running + " " + jobs + " solving and " + queued + " waiting, the most allowed (" + settings
                + "); try again later");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return a reasonable wait before trying again, seconds */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
