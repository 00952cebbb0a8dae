package org.gongpei.service.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/** Checks plan requests, from JSON or from a form, and fills in the defaults. */
public final class PlanRequests {

    /** Time limit when the request sets none, seconds. */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    /** Shortest allowed time limit, seconds. */
    public static final int MIN_TIME_LIMIT_SECONDS = 1;
    /** Longest allowed time limit, seconds. */
    public static final int MAX_TIME_LIMIT_SECONDS = 600;
    /** Demand generator seed when the request sets none. */
    public static final long DEFAULT_SEED = 1;

    private PlanRequests() {
    }

    /**
     * What every plan needs, checked.
     *
     * @param date the day
     * @param timeLimitSeconds 1–600
     * @param hubs the hubs that may be used
     */
    public record Options(LocalDate date, int timeLimitSeconds, HubChoice hubs) {
    }

    /**
     * @throws InvalidInputException (422) naming each field that breaks a rule
     */
    public static Options check(PlanRequest request) {
        if (request == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The request has no body",
                    List.of(new InputError("body", null, "the request body is empty; it needs at least a date")));
        }
        List<InputError> errors = new ArrayList<>();
        if (request.date() == null) {
            errors.add(new InputError("body", "date", "date is required (yyyy-mm-dd)"));
        }
        int limit = request.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT_SECONDS : request.timeLimitSeconds();
        checkLimit("body", limit, errors);
        throwIfAny(errors, InvalidInputException.Kind.INVALID);
        return new Options(request.date(), limit, request.hubs() == null ? HubChoice.DESIGNATED : request.hubs());
    }

    /**
     * The options of a form upload, given as text.
     *
     * @throws InvalidInputException 400 when a field cannot be read, 422 when it breaks a rule
     */
    public static Options fromForm(String date, String timeLimitSeconds, String hubs) {
        List<InputError> malformed = new ArrayList<>();
        LocalDate day = null;
        if (date == null || date.isBlank()) {
            malformed.add(new InputError("form", "date", "date is required (yyyy-mm-dd)"));
        } else {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                malformed.add(new InputError("form", "date", "'" + date + "' is not a date (yyyy-mm-dd)"));
            }
        }
        int limit = DEFAULT_TIME_LIMIT_SECONDS;
        if (timeLimitSeconds != null && !timeLimitSeconds.isBlank()) {
            try {
                limit = Integer.parseInt(timeLimitSeconds.trim());
            } catch (NumberFormatException e) {
                malformed.add(new InputError("form", "timeLimitSeconds",
                        "'" + timeLimitSeconds + "' is not a whole number of seconds"));
            }
        }
        HubChoice choice = HubChoice.DESIGNATED;
        if (hubs != null && !hubs.isBlank()) {
            try {
                choice = HubChoice.valueOf(hubs.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                malformed.add(new InputError("form", "hubs", "'" + hubs + "' is none of "
                        + Arrays.toString(HubChoice.values())));
            }
        }
        throwIfAny(malformed, InvalidInputException.Kind.MALFORMED);
        List<InputError> invalid = new ArrayList<>();
        checkLimit("form", limit, invalid);
        throwIfAny(invalid, InvalidInputException.Kind.INVALID);
        return new Options(day, limit, choice);
    }

    private static void checkLimit(String location, int limit, List<InputError> errors) {
        if (limit < MIN_TIME_LIMIT_SECONDS || limit > MAX_TIME_LIMIT_SECONDS) {
            errors.add(new InputError(location, "timeLimitSeconds", "timeLimitSeconds must be "
                    + MIN_TIME_LIMIT_SECONDS + "–" + MAX_TIME_LIMIT_SECONDS + " seconds, was " + limit));
        }
    }

    private static void throwIfAny(List<InputError> errors, InvalidInputException.Kind kind) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(kind, errors.size() + " problem(s) in the plan request; nothing was stored",
                    errors);
        }
    }
}
