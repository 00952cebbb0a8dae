package org.gongpei.service.rest;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.planning.plan.UnroutableVillageException;
import org.gongpei.service.account.PasswordChangeRequiredException;
import org.gongpei.service.account.UserExistsException;
import org.gongpei.service.account.UserNotFoundException;
import org.gongpei.service.analysis.AnalysisNotFoundException;
import org.gongpei.service.calendar.CalendarNotFoundException;
import org.gongpei.service.county.CountyExistsException;
import org.gongpei.service.county.CountyHasJobsException;
import org.gongpei.service.county.CountyHasRecordsException;
import org.gongpei.service.county.CountyNotFoundException;
import org.gongpei.service.county.PartNotFoundException;
import org.gongpei.service.county.VillageHasRecordsException;
import org.gongpei.service.indicators.ProvinceNotFoundException;
import org.gongpei.service.ledger.LedgerRejectedException;
import org.gongpei.service.ledger.RecordImportNotFoundException;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.job.JobConflictException;
import org.gongpei.service.job.JobNotFoundException;
import org.gongpei.service.job.QueueFullException;
import org.gongpei.service.plan.PlanConflictException;
import org.gongpei.service.plan.PlanNotFoundException;
import org.gongpei.service.fleet.FleetSettingsNotFoundException;
import org.gongpei.service.roads.NoRoadNetworkException;
import org.jboss.logging.Logger;
import org.gongpei.service.report.ReportFontMissingException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into an {@code application/problem+json} answer that names what is wrong. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return e.kind() == InvalidInputException.Kind.MALFORMED
                ? problem(400, "Malformed input", e.getMessage(), uri, e.errors())
                : problem(422, "Invalid input", e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response recordsRejected(LedgerRejectedException e, UriInfo uri) {
        LedgerProblemDocument body = new LedgerProblemDocument("about:blank", "Record file refused", 422,
                "RECORD_FILE_REFUSED", e.getMessage(), uri == null ? null : uri.getPath(), e.rows(), e.counts(), e.problems());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response countyHasRecords(CountyHasRecordsException e, UriInfo uri) {
        return problem(409, "County has delivery records", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response villageHasRecords(VillageHasRecordsException e, UriInfo uri) {
        return problem(409, "VILLAGE_HAS_RECORDS", "Village has delivery records", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response partNotFound(PartNotFoundException e, UriInfo uri) {
        return problem(404, "COUNTY_PART_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response countyHasJobs(CountyHasJobsException e, UriInfo uri) {
        return problem(409, "County has running jobs", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response countyExists(CountyExistsException e, UriInfo uri) {
        return problem(409, "County exists", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response notFound(CountyNotFoundException e, UriInfo uri) {
        return problem(404, "COUNTY_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response provinceNotFound(ProvinceNotFoundException e, UriInfo uri) {
        return problem(404, "PROVINCE_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response passwordChangeRequired(PasswordChangeRequiredException e, UriInfo uri) {
        return problem(403, "Password change required", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response userNotFound(UserNotFoundException e, UriInfo uri) {
        return problem(404, "USER_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response userExists(UserExistsException e, UriInfo uri) {
        return problem(409, "User exists", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response noRoadNetwork(NoRoadNetworkException e, UriInfo uri) {
        return problem(404, "No road network", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response reportFontMissing(ReportFontMissingException e, UriInfo uri) {
        return problem(503, "Report font missing", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response jobNotFound(JobNotFoundException e, UriInfo uri) {
        return problem(404, "JOB_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response fleetSettingsNotFound(FleetSettingsNotFoundException e, UriInfo uri) {
        return problem(404, "FLEET_SETTINGS_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response planNotFound(PlanNotFoundException e, UriInfo uri) {
        return problem(404, "PLAN_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response analysisNotFound(AnalysisNotFoundException e, UriInfo uri) {
        return problem(404, "ANALYSIS_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response calendarNotFound(CalendarNotFoundException e, UriInfo uri) {
        return problem(404, "CALENDAR_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response recordImportNotFound(RecordImportNotFoundException e, UriInfo uri) {
        return problem(404, "RECORD_IMPORT_NOT_FOUND", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response planConflict(PlanConflictException e, UriInfo uri) {
        return problem(409, "PLAN_CONFLICT", "Conflict", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response jobConflict(JobConflictException e, UriInfo uri) {
        return problem(409, "JOB_CONFLICT", "Conflict", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response queueFull(QueueFullException e, UriInfo uri) {
        return Response.fromResponse(problem(429, "Too many jobs", e.getMessage(), uri, List.of()))
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response unroutableSite(UnroutableVillageException e, UriInfo uri) {
        return problem(422, "Not on the road network", e.getMessage(), uri,
                List.of(new InputError(e.code(), null, e.name() + ": " + e.reason())));
    }

    @ServerExceptionMapper
    public Response notRoutable(PointNotRoutableException e, UriInfo uri) {
        return problem(422, "Not on the road network", e.getMessage(), uri,
                List.of(new InputError(e.label(), null, e.reason().name())));
    }

    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e, UriInfo uri) {
        return problem(400, "Bad request", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String location = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            location = path(mapping);
        }
        String message = e.getOriginalMessage();
        if (message != null && message.contains("FAIL_ON_NULL_FOR_PRIMITIVES")) {
            message = "a required number or flag is missing or null";
        }
        return problem(400, "Malformed JSON", "The request body cannot be read", uri,
                List.of(new InputError(location, null, message)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<InputError> errors = e.getConstraintViolations().stream()
                .map(v -> new InputError(v.getPropertyPath().toString(), null, v.getMessage()))
                .toList();
        return problem(400, "Invalid request", "The request breaks " + errors.size() + " rule(s)", uri, errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException cause) {
            return malformedJson(cause, uri);
        }
        int status = e.getResponse().getStatus();
        return problem(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        Optional<DatabaseTrouble> database = DatabaseTrouble.of(e);
        if (database.isPresent()) {
            DatabaseTrouble trouble = database.get();
            LOG.warnf("Database trouble answering %s: %s", uri.getPath(), trouble.detail());
            Response response = problem(trouble.status(), trouble.title(), trouble.detail(), uri, List.of());
            return trouble.status() == 503 ? Response.fromResponse(response)
                    .header("Retry-After", DatabaseTrouble.RETRY_AFTER_SECONDS).build() : response;
        }
        LOG.error("Unexpected error answering " + uri.getPath(), e);
        return problem(500, "Internal error", "The server failed to answer; the error is in its log.", uri,
                List.of());
    }

    /** @return the problem, its code made from its title ({@link Problem#codeOf}) */
    static Response problem(int status, String title, String detail, UriInfo uri, List<InputError> errors) {
        return problem(status, Problem.codeOf(title), title, detail, uri, errors);
    }

    static Response problem(int status, String code, String title, String detail, UriInfo uri,
            List<InputError> errors) {
        Problem body = new Problem("about:blank", title, status, code, detail, uri == null ? null : uri.getPath(),
                errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
