package org.gongpei.service.plan;

/** Where a daily plan is in its life. */
public enum PlanStatus {
    /** Waiting for a free solver. */
    QUEUED,
    /** Being solved now. */
    SOLVING,
    /** Solved; the result is stored (possibly stopped early). */
    DONE,
    /** The solve failed; the error message says why. */
    FAILED,
    /** The service stopped or restarted while the plan was queued or solving. */
    INTERRUPTED;

    /** @return whether the plan is waiting or being solved */
    public boolean active() {
        return this == QUEUED || this == SOLVING;
    }
}
