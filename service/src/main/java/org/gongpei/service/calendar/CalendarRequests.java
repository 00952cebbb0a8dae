package org.gongpei.service.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongpei.planning.calendar.CalendarSettings;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.plan.FormFields;
import org.gongpei.solver.calendar.AgeRules;
import org.gongpei.solver.calendar.ServiceWeek;

/** Checks calendar requests and fills in the defaults. */
public final class CalendarRequests {

    /** Default target, hours. */
    public static final int DEFAULT_TARGET_HOURS = 72;
    /** Longest target, hours (a week). */
    public static final int MAX_TARGET_HOURS = 168;
    /** Default daily planner limit per service day, seconds. */
    public static final int DEFAULT_DAY_LIMIT_SECONDS = 10;
    /** Default demand week. */
    public static final LocalDate DEFAULT_WEEK = LocalDate.of(2025, 6, 16);
    /** Time limit of the pattern choice, seconds. */
    public static final int PATTERN_LIMIT_SECONDS = 5;

    private CalendarRequests() {
    }

    /**
     * @param request the request, may be null (all defaults)
     * @return the request with every default filled in
     * @throws InvalidInputException (422) naming each field that breaks a rule
     */
    public static CalendarRequest check(CalendarRequest request) {
        return check(request, "body");
    }

    /**
     * The request of a form upload: the week's demand comes from the files, so {@code weekStart} is required
     * and there is no seed.
     *
     * @param weekStart the Monday of the uploaded week (yyyy-mm-dd)
     * @param targetHours 1–168, blank for the default
     * @param serviceDays comma-separated days such as "MON,TUE", absent for every day
     * @param dayTimeLimitSeconds 1–600, blank for the default
     * @param hubs DESIGNATED or ALL, blank for the default
     * @return the request with every default filled in and no seed
     * @throws InvalidInputException 400 when a field cannot be read or weekStart is missing, 422 when one
     *         breaks a rule
     */
    public static CalendarRequest fromForm(String weekStart, String targetHours, String serviceDays,
            String dayTimeLimitSeconds, String hubs) {
        FormFields form = new FormFields("calendar request");
        LocalDate week = form.date("weekStart", weekStart);
        if (weekStart == null || weekStart.isBlank()) {
            form.fail("weekStart", "weekStart is required with uploaded demand: the Monday of the week (yyyy-mm-dd)");
        }
        CalendarRequest request = new CalendarRequest(form.integer("targetHours", targetHours),
                FormFields.list(serviceDays), form.integer("dayTimeLimitSeconds", dayTimeLimitSeconds), week, null,
                form.choice("hubs", hubs, HubChoice.class));
        form.throwIfAny();
        CalendarRequest checked = check(request, "form");
        return new CalendarRequest(checked.targetHours(), checked.serviceDays(), checked.dayTimeLimitSeconds(),
                checked.weekStart(), null, checked.hubs());
    }

    private static CalendarRequest check(CalendarRequest request, String location) {
        CalendarRequest r = request == null ? new CalendarRequest(null, null, null, null, null, null) : request;
        List<InputError> errors = new ArrayList<>();
        int target = r.targetHours() == null ? DEFAULT_TARGET_HOURS : r.targetHours();
        if (target <= 0 || target > MAX_TARGET_HOURS) {
            errors.add(new InputError(location, "targetHours", "targetHours must be 1–" + MAX_TARGET_HOURS + " hours, was "
                    + target));
        }
        List<String> days = r.serviceDays() == null ? List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
                : r.serviceDays();
        if (days.isEmpty()) {
            errors.add(new InputError(location, "serviceDays", "serviceDays needs at least one day (MON … SUN)"));
        } else {
            try {
                ServiceWeek.parse(days);
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(location, "serviceDays", e.getMessage()));
            }
        }
        int limit = r.dayTimeLimitSeconds() == null ? DEFAULT_DAY_LIMIT_SECONDS : r.dayTimeLimitSeconds();
        if (limit < 1 || limit > 600) {
            errors.add(new InputError(location, "dayTimeLimitSeconds", "dayTimeLimitSeconds must be 1–600 seconds, was "
                    + limit));
        }
        LocalDate week = r.weekStart() == null ? DEFAULT_WEEK : r.weekStart();
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(new InputError(location, "weekStart", "weekStart must be a Monday, " + week + " is a "
                    + week.getDayOfWeek()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID,
                    errors.size() + " problem(s) in the calendar request; nothing was stored", errors);
        }
        return new CalendarRequest(target, List.copyOf(days), limit, week,
                r.demandSeed() == null ? 1L : r.demandSeed(), r.hubs() == null ? HubChoice.DESIGNATED : r.hubs());
    }

    /** @return the planner settings of a checked request */
    public static CalendarSettings settings(CalendarRequest checked) {
        return new CalendarSettings(ServiceWeek.parse(checked.serviceDays()), AgeRules.ofHours(checked.targetHours()),
                false, Duration.ofSeconds(checked.dayTimeLimitSeconds()), Duration.ofSeconds(PATTERN_LIMIT_SECONDS),
                checked.hubs());
    }
}
