package org.gongpei.service.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gongpei.service.job.JobEvents;
import org.gongpei.service.ledger.RecordImportJobKind;
import org.gongpei.service.ledger.RecordImportView;
import org.gongpei.service.ledger.RecordImports;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Record imports queued by {@code POST /api/v1/counties/{code}/records}: their progress and how they ended. */
@Path("/api/v1/record-imports")
public class RecordImportResource {

    @Inject
    RecordImports imports;

    @Inject
    RecordImportJobKind kind;

    @Inject
    JobEvents events;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A record import's status: phase, rows and bytes read; the batch once DONE, the rejection"
            + " (problems per rule and the first 1,000) once FAILED")
    @APIResponse(responseCode = "404", description = "No record import with this id")
    public RecordImportView recordImport(@PathParam("id") long id) {
        return imports.view(id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-sent events: the status document while the import runs, closing when it ends")
    @APIResponse(responseCode = "404", description = "No record import with this id")
    public Multi<RecordImportView> events(@PathParam("id") long id) {
        return events.stream(kind, id);
    }
}
