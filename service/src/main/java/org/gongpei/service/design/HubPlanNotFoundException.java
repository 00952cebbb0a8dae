package org.gongpei.service.design;

import org.gongpei.service.job.JobNotFoundException;

/** No hub plan with the id in the county. */
public class HubPlanNotFoundException extends JobNotFoundException {

    public HubPlanNotFoundException(long id) {
        super("No hub plan with id " + id);
    }
}
