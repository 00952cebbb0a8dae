package org.gongpei.service.job;

/**
 * One kind of long job (daily plans, analyses, calendars, target-cost comparisons). A kind says only how to
 * run one of its jobs and how to store the result; {@link Jobs} queues, starts, stops, recovers and follows
 * every kind the same way.
 *
 * @param <R> what a run produces
 * @param <V> the kind's status document
 */
public interface JobKind<R, V extends JobView> {

    /** @return the kind's name in the scheduler, e.g. {@code plan}; never changed once jobs are stored */
    String name();

    /** @return the job's name in messages, e.g. {@code Plan} */
    String label();

    /** @return the entity class of the kind's jobs */
    Class<? extends JobRecord> records();

    /** @return whether a stored job is of this kind (kinds may share an entity) */
    default boolean owns(JobRecord record) {
        return true;
    }

    /**
     * Runs a solving job to its end, outside any transaction.
     *
     * @param id the stored job, already marked SOLVING
     * @param progress where to report progress and learn of a stop
     * @return the result to {@link #store}
     */
    R run(long id, JobProgress progress);

    /**
     * Writes a run's result on the job, inside the transaction that marks it DONE.
     *
     * @param stoppedEarly whether the run was asked to stop before its end
     */
    void store(JobRecord record, R result, boolean stoppedEarly);

    /**
     * Whether a run stopped by shutdown still stores what it found (DONE, stopped early); otherwise the
     * job ends INTERRUPTED.
     */
    default boolean keepsResultWhenStopped() {
        return false;
    }

    /**
     * @return the job's status document
     * @throws JobNotFoundException for an unknown id
     */
    V view(long id);
}
