package org.gongpei.service.job;

/** A job cannot do what was asked in its current status, e.g. stop when it is not solving. */
public class JobConflictException extends RuntimeException {

    public JobConflictException(String message) {
        super(message);
    }
}
