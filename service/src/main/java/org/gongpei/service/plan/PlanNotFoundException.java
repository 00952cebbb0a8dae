package org.gongpei.service.plan;

import org.gongpei.service.job.JobNotFoundException;

/** No daily plan is stored under the requested id, or it has no such route. */
public class PlanNotFoundException extends JobNotFoundException {

    public PlanNotFoundException(long id) {
        super("No daily plan with id " + id);
    }

    /** The plan exists but has no route of this vehicle. */
    public PlanNotFoundException(long id, String vehicleId) {
        super("Plan " + id + " has no route of vehicle " + vehicleId);
    }

    /** The plan exists but has no such revision. */
    public PlanNotFoundException(long id, int revision, int latest) {
        super("Plan " + id + " has no revision " + revision + "; its revisions are 0–" + latest);
    }
}
