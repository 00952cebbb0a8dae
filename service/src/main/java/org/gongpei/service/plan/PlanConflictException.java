package org.gongpei.service.plan;

/** The plan is not in a state that allows the request, e.g. its result is asked for while it is solving. */
public class PlanConflictException extends RuntimeException {

    public PlanConflictException(String message) {
        super(message);
    }
}
