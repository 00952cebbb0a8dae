package org.gongpei.service.account;

import java.time.OffsetDateTime;

/** A personal API token without its secret. */
public record TokenView(long id, String username, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    static TokenView of(ApiToken token) {
        return new TokenView(token.id, token.user.username, token.name, token.createdAt, token.lastUsedAt,
                token.revokedAt);
    }
}
