package org.gongpei.service.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.parity.ProvinceReferenceChecks;
import org.gongpei.service.parity.ProvinceReferenceCsv;
import org.gongpei.service.parity.ProvinceReferenceInput;
import org.gongpei.service.parity.ProvinceReferences;
import org.gongpei.service.parity.StoredProvinceReference;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The provincial capitals' per-parcel costs by province and year, which analyses compare a county's cost with:
 * listed, entered one at a time, deleted, or imported from a CSV file.
 */
@Path("/api/v1/province-references")
@Tag(name = "Province references", description = "The capital's cost per parcel by province and year, with its source")
public class ProvinceReferenceResource {

    @Inject
    ProvinceReferences references;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The references by province and year, of one province with ?province=")
    public List<StoredProvinceReference> list(@QueryParam("province") String province) {
        return references.list(province == null || province.isBlank() ? null : province.strip());
    }

    @PUT
    @Path("/{province}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the reference of a province and year: capital, yuanPerParcel, source,"
            + " sourceDate")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "422", description = "A blank or too long name, a year outside 2000–2100, a price that"
            + " is not a number above 0 and at most 100 yuan, a control character, a missing or future source date")
    public Response put(@PathParam("province") String province, @PathParam("year") String year,
            ProvinceReferenceInput body) {
        if (body == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The reference cannot be read",
                    List.of(new InputError("body", null, "give capital, yuanPerParcel, source and sourceDate as a JSON"
                            + " object")));
        }
        List<InputError> errors = new ArrayList<>();
        ProvinceReferenceChecks.Checked checked = ProvinceReferenceChecks.check("body", "path", province, year,
                body.capital(), body.yuanPerParcel(), body.source(), body.sourceDate(), errors);
        if (checked == null) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The reference cannot be used", errors);
        }
        boolean replaced = references.save(List.of(checked), identity.getPrincipal().getName()) > 0;
        StoredProvinceReference saved = references.list(checked.province()).stream()
                .filter(r -> r.year() == checked.year()).findFirst().orElseThrow();
        return Response.status(replaced ? 200 : 201).entity(saved).build();
    }

    @DELETE
    @Path("/{province}/{year}")
    @Operation(summary = "Delete the reference of a province and year")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No reference of that province and year")
    public Response delete(@PathParam("province") String province, @PathParam("year") String year) {
        int whole;
        try {
            whole = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("No reference of " + province + " for year " + year);
        }
        if (!references.delete(province.strip(), whole)) {
            throw new NotFoundException("No reference of " + province + " for year " + year);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/csv")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace references from a CSV file (province,capital,year,yuanPerParcel,source,"
            + "sourceDate): every row or none")
    @APIResponse(responseCode = "422", description = "Every bad cell, named by row and column with a code; nothing"
            + " was stored")
    public Map<String, Integer> importCsv(InputStream body) {
        return store(ProvinceReferenceCsv.text(body, "body"));
    }

    @POST
    @Path("/csv")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace references from a CSV file sent as the form field file: every row or none")
    @APIResponse(responseCode = "422", description = "Every bad cell, named by row and column with a code; nothing"
            + " was stored")
    public Map<String, Integer> importForm(@RestForm FileUpload file) {
        if (file == null) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The form has no file",
                    List.of(new InputError("form", "file", "the CSV file (field file) is missing", "blank")));
        }
        if (file.size() > ProvinceReferenceCsv.MAX_BYTES) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The file is refused",
                    List.of(new InputError("form", "file", "the file is larger than "
                            + ProvinceReferenceCsv.MAX_BYTES / 1024 + " KiB", "fileTooLarge")));
        }
        try {
            return store(ProvinceReferenceCsv.text(Files.newInputStream(file.uploadedFile()), "file"));
        } catch (IOException e) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The file cannot be read",
                    List.of(new InputError("form", "file", "the upload cannot be read: " + e.getMessage())));
        }
    }

    private Map<String, Integer> store(String text) {
        List<ProvinceReferenceChecks.Checked> rows = ProvinceReferenceCsv.read(text);
        int replaced = references.save(rows, identity.getPrincipal().getName());
        return Map.of("rows", rows.size(), "created", rows.size() - replaced, "replaced", replaced);
    }
}
