package org.gongpei.service.account;

import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a login form's user name and password against the users in PostgreSQL (bcrypt), after the login
 * throttle; every attempt is written to the audit log.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Audit audit;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? null
                : http.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> {
            String username = request.getUsername();
            if (throttle.locked(username)) {
                audit.record(username, "login.throttled", null, null, 429, address);
                throw new AuthenticationFailedException("Too many failed logins of " + username + "; wait");
            }
            Optional<UserAccount> user = accounts.authenticate(username, request.getPassword().getPassword());
            if (user.isEmpty()) {
                throttle.failed(username);
                audit.record(username, "login.failed", null, null, 401, address);
                throw new AuthenticationFailedException("Wrong user name or password");
            }
            throttle.succeeded(username);
            audit.record(username, "login", null, null, 200, address);
            return Identities.of(user.get());
        });
    }
}
