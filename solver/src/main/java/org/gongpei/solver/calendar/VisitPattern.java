package org.gongpei.solver.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weekdays on which a village is visited, repeated every week. A visit delivers every parcel that
 * arrived at the county centre since the previous visit, the visit's own day included (parcels arrive
 * in the morning, before the vehicles leave).
 *
 * @param mask bit {@code d - 1} set for visit day {@code DayOfWeek.of(d)}; 1 to 127
 */
public record VisitPattern(int mask) {

    private static final int DAYS = 7;

    /** @throws IllegalArgumentException for an empty pattern */
    public VisitPattern {
        if (mask <= 0 || mask >= 1 << DAYS) {
            throw new IllegalArgumentException("A visit pattern needs at least one of the seven weekdays, got mask "
                    + mask + ".");
        }
    }

    /** @return the pattern visiting on the given days */
    public static VisitPattern of(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= bit(day);
        }
        return new VisitPattern(mask);
    }

    /** @return the pattern visiting on the given days */
    public static VisitPattern of(DayOfWeek... days) {
        return of(days.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.of(days[0], days));
    }

    /** @return every service day of the week */
    public static VisitPattern daily(ServiceWeek week) {
        return of(week.days());
    }

    /** @return every non-empty pattern made of the week's service days, fewest visits first */
    public static List<VisitPattern> allWithin(ServiceWeek week) {
        int allowedMask = daily(week).mask;
        List<VisitPattern> patterns = new ArrayList<>();
        for (int mask = 1; mask < 1 << DAYS; mask++) {
            if ((mask & ~allowedMask) == 0) {
                patterns.add(new VisitPattern(mask));
            }
        }
        patterns.sort(java.util.Comparator.comparingInt(VisitPattern::visitsPerWeek).thenComparingInt(VisitPattern::mask));
        return patterns;
    }

    private static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }

    /** @return whether the village is visited on the day */
    public boolean visits(DayOfWeek day) {
        return (mask & bit(day)) != 0;
    }

    /** @return visits a week */
    public int visitsPerWeek() {
        return Integer.bitCount(mask);
    }

    /** @return the visit days, Monday first */
    public Set<DayOfWeek> days() {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (visits(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * @param arrival the day parcels arrive at the county centre
     * @return whole days they wait for the next visit: 0 when the village is visited that day, up to 6
     */
    public int waitDays(DayOfWeek arrival) {
        for (int wait = 0; wait < DAYS; wait++) {
            if (visits(arrival.plus(wait))) {
                return wait;
            }
        }
        throw new IllegalStateException("An empty visit pattern.");
    }

    /** @return the visit day that delivers the parcels arriving on the given day */
    public DayOfWeek deliveryDay(DayOfWeek arrival) {
        return arrival.plus(waitDays(arrival));
    }

    /** @return the longest wait in days over parcels arriving on any of the given days */
    public int worstWaitDays(Set<DayOfWeek> arrivalDays) {
        int worst = 0;
        for (DayOfWeek day : arrivalDays) {
            worst = Math.max(worst, waitDays(day));
        }
        return worst;
    }

    /**
     * @param parcelsByArrivalDay parcels arriving per weekday, Monday first (7 values)
     * @return parcels delivered per weekday, Monday first: on each visit day, those arrived since the previous
     *         visit; 0 on days without a visit
     */
    public int[] deliveries(int[] parcelsByArrivalDay) {
        int[] delivered = new int[7];
        for (DayOfWeek arrival : DayOfWeek.values()) {
            delivered[deliveryDay(arrival).ordinal()] += parcelsByArrivalDay[arrival.ordinal()];
        }
        return delivered;
    }

    /**
     * @param parcelsByArrivalDay parcels arriving per weekday, Monday first (7 values)
     * @return the most parcels one visit of this pattern delivers
     */
    public int largestDelivery(int[] parcelsByArrivalDay) {
        return Arrays.stream(deliveries(parcelsByArrivalDay)).max().orElse(0);
    }

    /** @return the days as three-letter English names, e.g. "MON THU" */
    @Override
    public String toString() {
        return days().stream().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(" "));
    }
}
