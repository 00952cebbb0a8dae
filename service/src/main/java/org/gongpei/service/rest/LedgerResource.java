package org.gongpei.service.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.ledger.ChainVerification;
import org.gongpei.service.ledger.LedgerBatchView;
import org.gongpei.service.ledger.LedgerImporter;
import org.gongpei.service.ledger.LedgerQueries;
import org.gongpei.service.ledger.LedgerTrace;
import org.gongpei.service.ledger.IntegrityChecks;
import org.gongpei.service.ledger.IntegrityFindings;
import org.gongpei.service.ledger.IntegritySettings;
import org.gongpei.service.ledger.LedgerVerifier;
import org.gongpei.service.ledger.PlanRecordComparison;
import org.gongpei.service.ledger.PlanRecordQuery;
import org.gongpei.service.ledger.RecordCompliance;
import org.gongpei.service.ledger.RecordComplianceQuery;
import org.gongpei.service.ledger.RecordImportView;
import org.gongpei.service.ledger.RecordImports;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.parity.RemoteRules;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A county's delivery record (配送台账): record files imported as append-only batches, the batches, the check of
 * their digest chain, compliance and integrity checks from the records, and the trace of a waybill. Nothing here updates or deletes a record.
 */
@Path("/api/v1/counties/{code}")
public class LedgerResource {

    @Inject
    CountyService counties;

    @Inject
    RecordImports imports;

    @Inject
    LedgerQueries queries;

    @Inject
    LedgerVerifier verifier;

    @Inject
    RecordComplianceQuery compliance;

    @Inject
    RemoteRules remoteRules;

    @Inject
    IntegrityChecks integrity;

    @Inject
    PlanRecordQuery planRecord;

    @POST
    @Path("/records")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue the import of a record file (CSV or .xlsx, one row per parcel) as the county's next"
            + " batch; follow the import job at the Location answered")
    @APIResponse(responseCode = "202", description = "Queued; the import job's status, at the Location answered: its"
            + " progress, then the batch stored (DONE) or the rejection (FAILED), nothing stored")
    @APIResponse(responseCode = "413", description = "The upload is larger than gongpei.records.max-upload-size")
    @APIResponse(responseCode = "422", description = "Refused before queueing: a bad header, not CSV or .xlsx, NUL"
            + " bytes, no data row")
    @APIResponse(responseCode = "429", description = "Too many jobs wait already")
    public Response importRecords(@PathParam("code") String code, @RestForm FileUpload file,
            @RestForm String acceptValid, @RestForm String kind) {
        if (file == null) {
            throw malformed("file", "the record file (CSV or .xlsx) is missing");
        }
        LedgerImporter.Kind batchKind = kind(kind);
        boolean lenient = flag(acceptValid);
        String name = file.fileName() == null || file.fileName().isBlank() ? "records.csv" : file.fileName();
        RecordImportView queued = imports.submit(code, file.uploadedFile(), name, batchKind, lenient);
        return Response.accepted(queued).location(URI.create("/api/v1/record-imports/" + queued.id())).build();
    }

    @GET
    @Path("/records/batches")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county's record batches in chain order")
    public List<LedgerBatchView> batches(@PathParam("code") String code) {
        counties.summary(code);
        return queries.batches(code);
    }

    @GET
    @Path("/records/batches/{seq}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One record batch, by its place in the county's chain")
    @APIResponse(responseCode = "404", description = "No county, or no such batch")
    public LedgerBatchView batch(@PathParam("code") String code, @PathParam("seq") int seq) {
        counties.summary(code);
        return queries.batches(code).stream().filter(b -> b.seq() == seq).findFirst().orElseThrow(
                () -> new jakarta.ws.rs.NotFoundException("County " + code + " has no record batch " + seq));
    }

    @GET
    @Path("/records/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every row, batch and link of the county's records and name what changed")
    public ChainVerification verify(@PathParam("code") String code) {
        counties.summary(code);
        return verifier.verify(code);
    }

    @GET
    @Path("/records/compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The delivery-time indicator from the records: parcels taken in during [from, to) within"
            + " targetHours (default 72) of the county centre's intake, per village, township, carrier and month;"
            + " the remote villages of the county's rule (or of remoteMinutes, 0 for none) are left out of the total")
    @APIResponse(responseCode = "422", description = "A missing or unreadable date, to not after from, a target"
            + " outside 1–720 h, or a remote threshold that is not a number of minutes ≥ 0")
    public RecordCompliance compliance(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("targetHours") @DefaultValue("72") String targetHours,
            @QueryParam("remoteMinutes") String remoteMinutes) {
        counties.summary(code);
        List<InputError> errors = new java.util.ArrayList<>();
        Period period = period(from, to, errors);
        int target = targetHours(targetHours, errors);
        RemoteRule remote = remoteRules.resolve(code, remoteMinutes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The period cannot be read", errors);
        }
        return compliance.compute(code, period.from(), period.to(), target, remote);
    }

    @GET
    @Path("/records/integrity")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The integrity checks of the records of parcels taken in during [from, to): signatures"
            + " before arrival, waybills in two import batches, bulk sign-offs, night times; a suspicion summary per"
            + " village")
    public IntegrityFindings integrity(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("bulkMinParcels") @DefaultValue("10") String bulkMinParcels,
            @QueryParam("bulkMinVillages") @DefaultValue("3") String bulkMinVillages,
            @QueryParam("nightStart") @DefaultValue("22:00") String nightStart,
            @QueryParam("nightEnd") @DefaultValue("06:00") String nightEnd) {
        counties.summary(code);
        List<InputError> errors = new java.util.ArrayList<>();
        Period period = period(from, to, errors);
        int parcels = whole("bulkMinParcels", bulkMinParcels, 2, 10_000, errors);
        int villages = whole("bulkMinVillages", bulkMinVillages, 1, 1_000, errors);
        LocalTime closes = time("nightStart", nightStart, errors);
        LocalTime opens = time("nightEnd", nightEnd, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The checks cannot be run", errors);
        }
        return integrity.check(code, period.from(), period.to(),
                new IntegritySettings(parcels, villages, closes, opens));
    }

    @GET
    @Path("/records/plan-comparison")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan against record for the days [from, to): per village the visit days and ages planned by"
            + " the stored daily plans and weekly calendars next to the days and ages its station recorded; planned"
            + " visits without a record, records on days without a planned visit")
    @APIResponse(responseCode = "422", description = "A missing or unreadable date, or to not after from")
    public PlanRecordComparison planAgainstRecord(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        counties.summary(code);
        List<InputError> errors = new java.util.ArrayList<>();
        Period period = period(from, to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The period cannot be read", errors);
        }
        return planRecord.compare(code, period.from(), period.to());
    }

    @GET
    @Path("/records/waybills/{waybill}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every stored row of a waybill with its batch, digests and corrections (物流追溯)")
    @APIResponse(responseCode = "404", description = "No county, or no record of this waybill")
    public LedgerTrace trace(@PathParam("code") String code, @PathParam("waybill") String waybill) {
        counties.summary(code);
        LedgerTrace trace = queries.trace(code, waybill);
        if (trace.rows().isEmpty()) {
            throw new jakarta.ws.rs.NotFoundException("No record of waybill " + waybill + " in county " + code);
        }
        return trace;
    }

    /** The days [from, to) of a report. */
    /** @return the delivery-time target of a query, 1–720 h; a problem is added to {@code errors} otherwise */
    static int targetHours(String text, List<InputError> errors) {
        try {
            int target = Integer.parseInt(text.strip());
            if (target < 1 || target > 720) {
                errors.add(new InputError("query", "targetHours", "targetHours is 1–720, was " + target));
            }
            return target;
        } catch (NumberFormatException e) {
            errors.add(new InputError("query", "targetHours", "targetHours is a whole number of hours, was " + text));
            return 0;
        }
    }

    record Period(LocalDate from, LocalDate to) {
    }

    static Period period(String from, String to, List<InputError> errors) {
        LocalDate first = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (first != null && end != null && !end.isAfter(first)) {
            errors.add(new InputError("query", "to", "to must come after from"));
        }
        return new Period(first, end);
    }

    private static LocalDate date(String field, String text, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new InputError("query", field, field + " is required (yyyy-MM-dd)"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InputError("query", field, "'" + text + "' is not a date (yyyy-MM-dd)"));
            return null;
        }
    }

    private static int whole(String field, String text, int min, int max, List<InputError> errors) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new InputError("query", field, field + " is a whole number from " + min + " to " + max
                + ", was " + text));
        return min;
    }

    private static LocalTime time(String field, String text, List<InputError> errors) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InputError("query", field, "'" + text + "' is not a time of day (HH:mm)"));
            return LocalTime.MIDNIGHT;
        }
    }

    private static LedgerImporter.Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return LedgerImporter.Kind.IMPORT;
        }
        try {
            return LedgerImporter.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed("kind", "kind is IMPORT or CORRECTION, was " + kind);
        }
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw malformed("acceptValid", "acceptValid is true or false, was " + value);
        };
    }

    private static InvalidInputException malformed(String field, String message) {
        return new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The form cannot be read",
                List.of(new InputError("form", field, message)));
    }
}
