package org.gongpei.service.job;

/** A job's status document, as its kind's status GET answers it. */
public interface JobView {

    /** @return where the job is */
    JobStatus status();
}
