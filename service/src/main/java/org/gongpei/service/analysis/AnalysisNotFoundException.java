package org.gongpei.service.analysis;

import org.gongpei.service.job.JobNotFoundException;

/** No scenario analysis is stored under the requested id. */
public class AnalysisNotFoundException extends JobNotFoundException {

    public AnalysisNotFoundException(long id) {
        super("No scenario analysis with id " + id);
    }
}
