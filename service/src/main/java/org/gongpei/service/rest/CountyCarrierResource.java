package org.gongpei.service.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongpei.planning.ledger.LedgerRowReader;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.ledger.CountyCarriers;

/** The carriers a county's delivery records may name: data of the county, not a fixed list. */
@Path("/api/v1/counties/{code}/carriers")
public class CountyCarrierResource {

    @Inject
    CountyService counties;

    @Inject
    CountyCarriers carriers;

    @GET
        @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The carriers the county's record files may name")
    public List<String> list(@PathParam("code") String code) {
        counties.summary(code);
        return carriers.of(code);
    }

    @PUT
        @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the county's carriers")
    public List<String> replace(@PathParam("code") String code, List<String> names) {
        counties.summary(code);
        if (names == null || names.isEmpty()) {
            throw malformed("body", "give a non-empty list of carrier names");
        }
        Set<String> clean = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty() || name.length() > LedgerRowReader.MAX_TEXT_CHARS
                    || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new InvalidInputException(InvalidInputException.Kind.INVALID, "A carrier name is not valid",
                        List.of(new InputError("body[" + i + "]", null, "a carrier name is 1–"
                                + LedgerRowReader.MAX_TEXT_CHARS + " characters without control characters")));
            }
            clean.add(name);
        }
        carriers.set(code, clean);
        return carriers.of(code);
    }

    private static InvalidInputException malformed(String field, String message) {
        return new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The list of carriers cannot be read",
                List.of(new InputError("body", field, message)));
    }
}
