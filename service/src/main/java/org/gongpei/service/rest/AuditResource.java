package org.gongpei.service.rest;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.account.Audit;
import org.gongpei.service.account.AuditView;
import org.gongpei.service.account.CountyScopes;
import org.gongpei.service.account.Identities;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/** The audit log: every event for admins, the events of their counties for evaluators. */
@Path("/api/v1/audit")
@Tag(name = "Users")
public class AuditResource {

    @Inject
    Audit audit;

    @Inject
    CountyScopes scopes;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest audit events, newest first: imports, replacements, deletions, job starts and"
            + " stops, user changes, logins and failed logins (?county=130425&limit=100, limit 1–1000)")
    public List<AuditView> list(@QueryParam("county") String county,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The limit is outside 1–1000",
                    List.of(new InputError("query", "limit", "between 1 and 1000")));
        }
        return audit.latest(Identities.scope(identity), scopes.visibleCodes(identity), county, limit);
    }
}
