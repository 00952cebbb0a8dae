package org.gongpei.service.account;

/** A user's own password change: the current password and the new one (at least 10 characters). */
public record PasswordChange(String currentPassword, String newPassword) {
}
