package org.gongpei.service.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.account.CountyScopes;
import org.gongpei.service.county.CountyCsvReader;
import org.gongpei.service.county.CountyNetworkValidator;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.CountySummary;
import org.gongpei.service.county.GeoJsonOutline;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** County networks: import (JSON or CSV), list, read and delete. */
@Path("/api/v1/counties")
@Tag(name = "Counties", description = "County networks: centre, township hubs and village stations")
public class CountyResource {

    @Inject
    CountyService service;

    @Inject
    ObjectMapper json;

    @Inject
    CountyScopes scopes;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the stored counties the caller may see, with their sizes")
    public List<CountySummary> list() {
        Set<String> visible = Set.copyOf(scopes.visibleCodes(identity));
        return service.list().stream().filter(county -> visible.contains(county.code())).toList();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A county's whole network, in the JSON import format")
    @APIResponse(responseCode = "404", description = "No county with this code")
    public CountyNetworkData get(@PathParam("code") String code) {
        return service.network(code);
    }

    @GET
    @Path("/{code}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A county's sizes")
    public CountySummary summary(@PathParam("code") String code) {
        return service.summary(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a county network as JSON (all or nothing)")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "400", description = "Malformed JSON")
    @APIResponse(responseCode = "409", description = "The county exists and replace is not true")
    @APIResponse(responseCode = "422", description = "The network breaks a rule; every problem is listed")
    public Response importJson(CountyNetworkData network,
            @QueryParam("replace") @DefaultValue("false") boolean replace) {
        return created(service.importNetwork(network, replace, CountyNetworkValidator.Locator.JSON));
    }

    @POST
    @Path("/csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a county network from CSV files (townships, villages, optional hubs and outline)")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "400", description = "A file or field cannot be read")
    @APIResponse(responseCode = "409", description = "The county exists and replace is not true")
    @APIResponse(responseCode = "422", description = "The network breaks a rule; every problem is listed")
    public Response importCsv(@RestForm String code, @RestForm String name, @RestForm String province,
            @RestForm String provincialCapital, @RestForm String note, @RestForm String centreName,
            @RestForm String centreLat, @RestForm String centreLon, @RestForm FileUpload townships,
            @RestForm FileUpload villages, @RestForm FileUpload hubs, @RestForm FileUpload boundary,
            @QueryParam("replace") @DefaultValue("false") boolean replace) {
        List<InputError> errors = new java.util.ArrayList<>();
        double lat = parseCoordinate("centreLat", centreLat, errors);
        double lon = parseCoordinate("centreLon", centreLon, errors);
        String townshipsCsv = requiredFile("townships", townships, errors);
        String villagesCsv = requiredFile("villages", villages, errors);
        List<List<List<Double>>> outline = boundary == null ? List.of() : readOutline(boundary, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The form cannot be read", errors);
        }
        CountyCsvReader.CountyHeader header = new CountyCsvReader.CountyHeader(code, name, province,
                provincialCapital, note, new CentreData(centreName, lat, lon), outline);
        CountyNetworkData network = CountyCsvReader.read(header, townshipsCsv, villagesCsv,
                hubs == null ? null : text(hubs));
        return created(service.importNetwork(network, replace, CountyNetworkValidator.Locator.CSV));
    }

    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a county and its network")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No county with this code")
    public Response delete(@PathParam("code") String code) {
        service.delete(code);
        return Response.noContent().build();
    }

    private static Response created(CountySummary summary) {
        return Response.created(URI.create("/api/v1/counties/" + summary.code())).entity(summary).build();
    }

    private static double parseCoordinate(String field, String value, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new InputError("form", field, field + " is missing"));
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new InputError("form", field, "'" + value + "' is not a number"));
            return Double.NaN;
        }
    }

    private static String requiredFile(String field, FileUpload upload, List<InputError> errors) {
        if (upload == null) {
            errors.add(new InputError("form", field, "the file " + field + ".csv is missing"));
            return null;
        }
        return text(upload);
    }

    private List<List<List<Double>>> readOutline(FileUpload upload, List<InputError> errors) {
        try {
            return GeoJsonOutline.read(json.readTree(upload.uploadedFile().toFile()));
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new InputError("boundary", null, "the outline cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private static String text(FileUpload upload) {
        try {
            return Files.readString(upload.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "Upload cannot be read",
                    List.of(new InputError(upload.name(), null, "not readable as UTF-8 text: " + e.getMessage())));
        }
    }
}
