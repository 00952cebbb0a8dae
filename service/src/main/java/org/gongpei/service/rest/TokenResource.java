package org.gongpei.service.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.TokenView;

/** Every user's personal API tokens, for admins: list and revoke. */
@Path("/api/v1/tokens")
@Tag(name = "Users")
public class TokenResource {

    @Inject
    Accounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every personal token of every user, without secrets")
    public List<TokenView> list() {
        return accounts.tokens(null);
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke any user's token")
    @APIResponse(responseCode = "404", description = "No token with this id")
    public TokenView revoke(@PathParam("id") long id) {
        return accounts.revoke(null, id);
    }
}
