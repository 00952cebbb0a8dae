package org.gongpei.service.account;

/** A user with this name exists already. */
public class UserExistsException extends RuntimeException {

    public UserExistsException(String username) {
        super("A user named " + username + " exists already");
    }
}
