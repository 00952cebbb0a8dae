package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.CountyScope;
import org.gongpei.service.account.CountyScopes;
import org.gongpei.service.account.Identities;
import org.gongpei.service.account.InitialAdmin;
import org.gongpei.service.account.NewToken;
import org.gongpei.service.account.PasswordChange;
import org.gongpei.service.account.TokenView;

/** The caller's own account: who they are, their password, their personal API tokens, logging out. */
@Path("/api/v1/me")
@Tag(name = "Account", description = "The logged-in user, their password and personal API tokens")
public class AccountResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    Accounts accounts;

    @Inject
    CountyScopes scopes;

    @Inject
    InitialAdmin initialAdmin;

    /** The caller as the UI needs them: name, roles, scope, the counties they see, and a pending password change. */
    public record Me(String username, List<String> roles, CountyScope scope, List<String> counties,
            boolean mustChangePassword) {
    }

    /** A token to create: a name saying what it is for. */
    public record TokenRequest(String name) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The logged-in user: name, roles, county scope, visible counties, pending password change")
    @APIResponse(responseCode = "401", description = "Not logged in")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList(),
                Identities.scope(identity), scopes.visibleCodes(identity), Identities.mustChangePassword(identity));
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the own password: {\"currentPassword\":\"...\",\"newPassword\":\"...\"} (at least"
            + " 10 characters); required after a one-time password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "422", description = "Wrong current password, or the new one too short or unchanged")
    public Response changePassword(PasswordChange change) {
        String username = identity.getPrincipal().getName();
        accounts.changePassword(username, change);
        initialAdmin.passwordChanged(username);
        return Response.noContent().build();
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End the browser session (removes the session cookie)")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").build();
        return Response.noContent().cookie(expired).build();
    }

    @GET
    @Path("/tokens")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The own personal API tokens, without their secrets")
    public List<TokenView> tokens() {
        return accounts.tokens(identity.getPrincipal().getName());
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal API token: {\"name\":\"nightly import\"}; the answer shows the token once,"
            + " to be sent as Authorization: Bearer <token>")
    @APIResponse(responseCode = "201", description = "Created; token is shown only now")
    @APIResponse(responseCode = "422", description = "No name, or a name longer than 100 characters")
    public Response createToken(TokenRequest request) {
        NewToken token = accounts.issueToken(identity.getPrincipal().getName(), request == null ? null : request.name());
        return Response.created(URI.create("/api/v1/me/tokens/" + token.id())).entity(token).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke one of the own tokens")
    @APIResponse(responseCode = "200", description = "Revoked (revoking twice is harmless)")
    @APIResponse(responseCode = "404", description = "No token of the caller with this id")
    public TokenView revokeToken(@PathParam("id") long id) {
        return accounts.revoke(identity.getPrincipal().getName(), id);
    }
}
