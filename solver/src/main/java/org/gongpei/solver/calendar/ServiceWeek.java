package org.gongpei.solver.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The weekdays on which vehicles serve villages, e.g. Monday to Saturday. Parcels still arrive at the
 * county centre every day; those of a day without service wait for the next service day.
 *
 * @param days the service days, at least one
 */
public record ServiceWeek(Set<DayOfWeek> days) {

    /** @throws IllegalArgumentException when there is no service day */
    public ServiceWeek {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A service week needs at least one service day.");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** @return service on all seven days */
    public static ServiceWeek everyDay() {
        return new ServiceWeek(EnumSet.allOf(DayOfWeek.class));
    }

    /** @return service Monday to Saturday, none on Sunday */
    public static ServiceWeek noSunday() {
        return new ServiceWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    }

    /**
     * @param names weekday names in English, full or three letters, any case (e.g. "MON", "Tuesday")
     * @return the week
     * @throws IllegalArgumentException naming an unknown day, or when there is none
     */
    public static ServiceWeek parse(Iterable<String> names) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            days.add(dayOf(name));
        }
        return new ServiceWeek(days);
    }

    private static DayOfWeek dayOf(String name) {
        String upper = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a weekday (MON, TUE, WED, THU, FRI, SAT, SUN).");
    }

    /** @return whether vehicles run on the day */
    public boolean serves(DayOfWeek day) {
        return days.contains(day);
    }

    /** @return the service days, Monday first */
    public java.util.List<DayOfWeek> ordered() {
        return EnumSet.copyOf(days).stream().toList();
    }
}
