package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.CreatedUser;
import org.gongpei.service.account.UserRequest;
import org.gongpei.service.account.UserView;

/** Users, for admins: create with a one-time password, change role and scope, disable, delete, reset. */
@Path("/api/v1/users")
@Tag(name = "Users", description = "Accounts, roles and county scopes (admins)")
public class UserResource {

    @Inject
    Accounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every user with role and scope")
    public List<UserView> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user: {\"username\":\"wang.li\",\"role\":\"contractor\",\"counties\":[\"130425\"]}"
            + " or {\"province\":\"河北省\"} or {\"allCounties\":true}; the answer shows the one-time password once")
    @APIResponse(responseCode = "201", description = "Created, with the one-time password")
    @APIResponse(responseCode = "409", description = "The name is taken")
    @APIResponse(responseCode = "422", description = "A bad name or role")
    public Response create(UserRequest request) {
        CreatedUser created = accounts.create(request);
        return Response.created(URI.create("/api/v1/users/" + created.user().username())).entity(created).build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's role, scope or enabled flag (fields left out stay)")
    @APIResponse(responseCode = "404", description = "No user with this name")
    @APIResponse(responseCode = "422", description = "A bad role")
    public UserView update(@PathParam("username") String username, UserRequest request) {
        return accounts.update(username, request);
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Delete a user and their tokens (the audit log keeps their name)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No user with this name")
    public Response delete(@PathParam("username") String username) {
        accounts.delete(username);
        return Response.noContent().build();
    }

    @POST
    @Path("/{username}/password")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a user a new one-time password, shown once")
    @APIResponse(responseCode = "404", description = "No user with this name")
    public CreatedUser resetPassword(@PathParam("username") String username) {
        return accounts.resetPassword(username);
    }
}
