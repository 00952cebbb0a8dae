package org.gongpei.service.plan;

/** No daily plan is stored under the requested id. */
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(long id) {
        super("No daily plan with id " + id);
    }
}
