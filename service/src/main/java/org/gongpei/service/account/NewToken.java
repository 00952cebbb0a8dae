package org.gongpei.service.account;

/** A token just created: the only time its secret is shown. Send it as {@code Authorization: Bearer <token>}. */
public record NewToken(long id, String name, String token) {
}
