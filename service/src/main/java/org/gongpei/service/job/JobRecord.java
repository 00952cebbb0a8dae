package org.gongpei.service.job;

/** A stored job: an entity that embeds a {@link JobState}. */
public interface JobRecord {

    /** @return the stored job's id */
    Long id();

    /** @return the job's state, managed with the entity */
    JobState jobState();

    /** Keeps the solver's best score of a running solve, for kinds that store it; others ignore it. */
    default void bestScore(String bestScore) {
    }
}
