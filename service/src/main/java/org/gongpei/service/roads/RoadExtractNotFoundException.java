package org.gongpei.service.roads;

import org.gongpei.service.job.JobNotFoundException;

/** No extract is registered under the id. */
public class RoadExtractNotFoundException extends JobNotFoundException {

    public RoadExtractNotFoundException(long id) {
        super("No road extract " + id + " is registered; GET /api/v1/road-extracts lists them");
    }
}
