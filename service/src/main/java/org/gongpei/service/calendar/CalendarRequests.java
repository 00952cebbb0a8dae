package org.gongpei.service.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongpei.datasets.calendar.CalendarSettings;
import org.gongpei.datasets.plan.HubChoice;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
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
        CalendarRequest r = request == null ? new CalendarRequest(null, null, null, null, null, null) : request;
        List<InputError> errors = new ArrayList<>();
        int target = r.targetHours() == null ? DEFAULT_TARGET_HOURS : r.targetHours();
        if (target <= 0 || target > MAX_TARGET_HOURS) {
            errors.add(new InputError("body", "targetHours", "targetHours must be 1–" + MAX_TARGET_HOURS + " hours, was "
                    + target));
        }
        List<String> days = r.serviceDays() == null ? List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
                : r.serviceDays();
        if (days.isEmpty()) {
            errors.add(new InputError("body", "serviceDays", "serviceDays needs at least one day (MON … SUN)"));
        } else {
            try {
                ServiceWeek.parse(days);
            } catch (IllegalArgumentException e) {
                errors.add(new InputError("body", "serviceDays", e.getMessage()));
            }
        }
        int limit = r.dayTimeLimitSeconds() == null ? DEFAULT_DAY_LIMIT_SECONDS : r.dayTimeLimitSeconds();
        if (limit < 1 || limit > 600) {
            errors.add(new InputError("body", "dayTimeLimitSeconds", "dayTimeLimitSeconds must be 1–600 seconds, was "
                    + limit));
        }
        LocalDate week = r.weekStart() == null ? DEFAULT_WEEK : r.weekStart();
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(new InputError("body", "weekStart", "weekStart must be a Monday, " + week + " is a "
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
