package org.gongpei.service.job;

/** What a running job reports to, and learns from, the machinery that runs it. */
public interface JobProgress {

    /** Reports the part being solved and the share done (0–1); it is stored at most once a second. */
    default void report(String phase, double fractionDone) {
        report(phase, fractionDone, null);
    }

    /** Reports the part being solved, the share done and the solver's best score of that part. */
    void report(String phase, double fractionDone, String bestScore);

    /**
     * Names how to stop the running solve early; it runs at once when a stop was asked for already, and
     * again at each report after a stop, so that it reaches each part of the solve.
     */
    void onStop(Runnable stop);

    /** @return whether the job was asked to stop early */
    boolean stopRequested();
}
