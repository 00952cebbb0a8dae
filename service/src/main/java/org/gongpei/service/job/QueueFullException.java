package org.gongpei.service.job;

/** As many jobs as allowed are waiting for a solver; nothing was stored. */
public class QueueFullException extends RuntimeException {

    private final int retryAfterSeconds;

    /**
     * @param queued the jobs waiting
     * @param setting the setting that bounds them
     * @param retryAfterSeconds a reasonable wait before trying again
     */
    public QueueFullException(long queued, String setting, int retryAfterSeconds) {
        super(queued + " job(s) waiting for a solver, the most allowed (" + setting + "); try again later");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** @return a reasonable wait before trying again, seconds */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
