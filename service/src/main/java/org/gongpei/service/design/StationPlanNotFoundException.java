package org.gongpei.service.design;

import org.gongpei.service.job.JobNotFoundException;

/** No station plan with the id in the county. */
public class StationPlanNotFoundException extends JobNotFoundException {

    public StationPlanNotFoundException(long id) {
        super("No station plan with id " + id);
    }
}
