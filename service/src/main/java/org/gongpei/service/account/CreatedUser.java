package org.gongpei.service.account;

/** A new user with the one-time password to hand over; it must be changed at the first login. */
public record CreatedUser(UserView user, String oneTimePassword) {
}
