package org.gongpei.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.solver.daily.replan.PlanChange;
import org.gongpei.solver.daily.replan.UrgentPickup;
import org.gongpei.solver.daily.replan.VehicleBreakdown;

/** Reads a {@link PlanChangeRequest} into the solver's {@link PlanChange}, naming every bad field at once. */
public final class PlanChangeRequests {

    /** The change types a request may name. */
    public static final List<String> TYPES = List.of("BREAKDOWN", "URGENT_PICKUP");

    /** The most parcels of one kind an urgent pickup may announce: more than any village ships in a day. */
    public static final int MAX_PARCELS = 10_000;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private PlanChangeRequests() {
    }

    /**
     * @throws InvalidInputException (400) listing each missing or unreadable field
     */
    public static PlanChange read(PlanChangeRequest request) {
        if (request == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The request has no body",
                    List.of(new InputError("body", null, "the request body is empty; it needs a type and an atTime")));
        }
        List<InputError> errors = new ArrayList<>();
        Long at = time("atTime", request.atTime(), true, errors);
        String type = request.type();
        if (type == null || !TYPES.contains(type)) {
            errors.add(new InputError("body", "type", "type must be one of " + TYPES + ", was " + type));
        } else if (type.equals("BREAKDOWN")) {
            if (blank(request.vehicleId())) {
                errors.add(new InputError("body", "vehicleId", "a breakdown needs the vehicleId of a route"));
            }
            if (request.villageCode() != null || request.ambientParcels() != null || request.chilledParcels() != null
                    || request.readyTime() != null || request.deadline() != null) {
                errors.add(new InputError("body", null, "a breakdown takes only vehicleId and atTime"));
            }
        } else {
            if (blank(request.villageCode())) {
                errors.add(new InputError("body", "villageCode", "an urgent pickup needs a villageCode"));
            }
            int errorsBefore = errors.size();
            int ambient = parcels("ambientParcels", request.ambientParcels(), errors);
            int chilled = parcels("chilledParcels", request.chilledParcels(), errors);
            if (request.ambientParcels() == null && request.chilledParcels() == null) {
                errors.add(new InputError("body", "ambientParcels", "give ambientParcels, chilledParcels or both"));
            } else if (errors.size() == errorsBefore && ambient + chilled == 0) {
                errors.add(new InputError("body", "ambientParcels", "an urgent pickup needs at least one parcel"));
            }
            if (request.vehicleId() != null) {
                errors.add(new InputError("body", "vehicleId", "an urgent pickup takes no vehicleId"));
            }
        }
        Long ready = time("readyTime", request.readyTime(), false, errors);
        Long deadline = time("deadline", request.deadline(), false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED,
                    errors.size() + " problem(s) in the change; nothing was changed", errors);
        }
        try {
            if (type.equals("BREAKDOWN")) {
                return new VehicleBreakdown(request.vehicleId().trim(), at);
            }
            return new UrgentPickup(request.villageCode().trim(), nonNull(request.ambientParcels()),
                    nonNull(request.chilledParcels()), ready == null ? at : ready, deadline, at);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, e.getMessage(),
                    List.of(new InputError("body", null, e.getMessage())));
        }
    }

    /** @return {@code HH:mm} for seconds since midnight */
    public static String format(long seconds) {
        return String.format("%02d:%02d", seconds / 3600, seconds % 3600 / 60);
    }

    private static Long time(String field, String text, boolean required, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new InputError("body", field, field + " is required (HH:mm)"));
            }
            return null;
        }
        Matcher matcher = TIME.matcher(text.trim());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 23 || Integer.parseInt(matcher.group(2)) > 59) {
            errors.add(new InputError("body", field, "'" + text + "' is not a time of day (HH:mm, 00:00–23:59)"));
            return null;
        }
        return Integer.parseInt(matcher.group(1)) * 3600L + Integer.parseInt(matcher.group(2)) * 60L;
    }

    private static int parcels(String field, Integer value, List<InputError> errors) {
        if (value != null && value < 0) {
            errors.add(new InputError("body", field, field + " cannot be negative, was " + value));
            return 0;
        }
        if (value != null && value > MAX_PARCELS) {
            errors.add(new InputError("body", field, field + " is at most " + MAX_PARCELS + ", was " + value));
            return 0;
        }
        return nonNull(value);
    }

    private static int nonNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
