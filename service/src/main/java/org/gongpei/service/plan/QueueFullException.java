package org.gongpei.service.plan;

/** Every solver is busy and the queue of waiting plans is full; nothing was stored. */
public class QueueFullException extends RuntimeException {

    private final int retryAfterSeconds;

    public QueueFullException(int running, int queued, int retryAfterSeconds) {
        super(running + " plan(s) are solving and " + queued + " are waiting, the most allowed "
                + "(gongpei.plans.max-concurrent-solves, gongpei.plans.max-queued); try again later");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return a reasonable wait before trying again, seconds */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
