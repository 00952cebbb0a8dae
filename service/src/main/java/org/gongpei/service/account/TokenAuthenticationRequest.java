package org.gongpei.service.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A personal API token presented as {@code Authorization: Bearer gp_...}. */
public class TokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public TokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
