package org.gongpei.service.rest;

import java.net.URI;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.roads.RoadImports;
import org.gongpei.service.roads.RoadNetworkView;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Upload a county's road network or cut it from a registered extract, list them, and name the current roads. */
@Path("/api/v1/counties/{code}/road-networks")
@Tag(name = "Roads", description = "Villages on the county's road network")
public class CountyRoadNetworkResource {

    /** The form field of the uploaded file. */
    public static final String FILE = "file";

    @Inject
    RoadImports imports;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    CountyService counties;

    @ConfigProperty(name = "gongpei.roads.max-upload-size", defaultValue = "64M")
    MemorySize maxUpload;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an OpenStreetMap extract (.osm.pbf, .osm, .osm.gz) as the county's road network; it "
            + "is imported as a job (every vehicle profile's contraction hierarchy, then the road check)")
    @APIResponse(responseCode = "202", description = "Stored and queued; Location names the road network")
    @APIResponse(responseCode = "400", description = "No file in the form")
    @APIResponse(responseCode = "404", description = "Unknown county")
    @APIResponse(responseCode = "413", description = "The file is larger than gongpei.roads.max-upload-size")
    @APIResponse(responseCode = "422", description = "The file is no OpenStreetMap extract (name or content)")
    @APIResponse(responseCode = "429", description = "The job queue is full")
    public Response upload(@PathParam("code") String code, @RestForm(FILE) FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED,
                    "The form has no part '" + FILE + "' with the OpenStreetMap file",
                    List.of(new InputError(FILE, null, "the OpenStreetMap file (.osm.pbf, .osm or .osm.gz) is missing")));
        }
        if (file.size() > maxUpload.asLongValue()) {
            throw new PayloadTooLargeException(file.size(), maxUpload.asLongValue());
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "roads" : file.fileName();
        RoadNetworkView view = imports.submit(code, file.uploadedFile(), name);
        return Response.accepted(view).location(URI.create("/api/v1/road-networks/" + view.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's uploaded road networks, newest first; the current one is marked")
    @APIResponse(responseCode = "404", description = "Unknown county")
    public List<RoadNetworkView> list(@PathParam("code") String code) {
        return imports.list(code);
    }

    /**
     * A cut of the county's network from a registered extract.
     *
     * @param extractId the registered extract
     * @param bufferMetres how far beyond the county's outline roads are kept, 0–50,000 m
     */
    public record Cut(Long extractId, Double bufferMetres) {
    }

    @POST
    @Path("/cuts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cut the county's road network out of a registered extract by the county's outline plus a "
            + "buffer (osmium extract, streaming), then import it like an upload: {\"extractId\":1,\"bufferMetres\":5000}")
    @APIResponse(responseCode = "202", description = "Queued; Location names the road network")
    @APIResponse(responseCode = "404", description = "Unknown county or extract")
    @APIResponse(responseCode = "422", description = "No extractId or bufferMetres, a buffer outside 0–50,000 m, or a "
            + "county without an outline")
    @APIResponse(responseCode = "429", description = "The job queue is full")
    @APIResponse(responseCode = "503", description = "osmium-tool is not installed on the server")
    public Response cut(@PathParam("code") String code, Cut cut) {
        if (cut == null || cut.extractId() == null || cut.bufferMetres() == null) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "A cut names extractId and bufferMetres",
                    List.of(new InputError(cut == null || cut.extractId() == null ? "extractId" : "bufferMetres", null,
                            "required")));
        }
        RoadNetworkView view = imports.submitCut(code, cut.extractId(), cut.bufferMetres());
        return Response.accepted(view).location(URI.create("/api/v1/road-networks/" + view.id())).build();
    }

    @GET
    @Path("/current")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The roads a plan of the county runs on now: its newest imported network, the configured "
            + "file, or, without either, the estimate from straight lines with its stated assumptions")
    @APIResponse(responseCode = "404", description = "Unknown county, or no roads and estimates switched off")
    public RoadVersion current(@PathParam("code") String code) {
        counties.summary(code);
        return roadNetworks.current(code);
    }

    /** An upload larger than the road networks' limit. */
    static final class PayloadTooLargeException extends jakarta.ws.rs.WebApplicationException {

        PayloadTooLargeException(long bytes, long limit) {
            super("The road file has " + bytes + " bytes; the limit is " + limit
                    + " bytes (gongpei.roads.max-upload-size)", 413);
        }
    }
}
