package org.gongpei.service.job;

/** Where a job (a plan, analysis or calendar) is in its life. */
public enum JobStatus {
    /** Waiting for a free solver. */
    QUEUED,
    /** Being solved now. */
    SOLVING,
    /** Solved; the result is stored (possibly stopped early). */
    DONE,
    /** The job failed; the error message says why. */
    FAILED,
    /** The service stopped or restarted while the job was queued or solving. */
    INTERRUPTED;

    /** @return whether the job is waiting or being solved */
    public boolean active() {
        return this == QUEUED || this == SOLVING;
    }
}
