package org.gongpei.service.county;

import java.util.List;

/** A county that cannot be deleted now: jobs of it (plans, analyses, calendars) are queued or solving. */
public class CountyHasJobsException extends RuntimeException {

    private final List<String> jobs;

    public CountyHasJobsException(String code, List<String> jobs) {
        super("County " + code + " has " + jobs.size() + " job(s) queued or solving (" + String.join(", ", jobs)
                + "); stop or delete them, or wait for them to end, then delete the county");
        this.jobs = List.copyOf(jobs);
    }

    /** @return the active jobs, e.g. {@code plan 12} */
    public List<String> jobs() {
        return jobs;
    }
}
