package org.gongpei.service.account;

/** The user logged in with a one-time password and must set their own before anything else. */
public class PasswordChangeRequiredException extends RuntimeException {

    public PasswordChangeRequiredException(String username) {
        super("User " + username + " must change the one-time password first: POST /api/v1/me/password with"
                + " {\"currentPassword\":\"...\",\"newPassword\":\"...\"}");
    }
}
