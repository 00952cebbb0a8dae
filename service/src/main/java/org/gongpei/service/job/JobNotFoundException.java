package org.gongpei.service.job;

/** No job of the asked kind is stored under the id; each kind has its own subclass and message. */
public class JobNotFoundException extends RuntimeException {

    public JobNotFoundException(String message) {
        super(message);
    }
}
