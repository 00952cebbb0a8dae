package org.gongpei.service.account;

/** No user (or token of the user) under the requested name or id. */
public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(String message) {
        super(message);
    }
}
