package org.gongpei.solver.domain;

/**
 * How often a vehicle may return to its depot, reload and leave on another trip, and how long a reload takes.
 * A route is split into trips by its stop order: a stop whose goods would not fit on the current trip begins
 * the next one (while trips remain), so the vehicle drives back to its depot after the stop before it, reloads
 * and drives out again. The first trip is loaded before the shift starts.
 *
 * @param maxTrips trips per day, at least 1 (1: the vehicle never reloads)
 * @param fixedSeconds time at the depot for each reload
 * @param secondsPerParcel loading time per parcel delivered on the trip that follows
 */
public record Reloads(int maxTrips, long fixedSeconds, long secondsPerParcel) {

    /** One trip a day, no reloads. */
    public static final Reloads NONE = new Reloads(1, 0, 0);

    public Reloads {
        if (maxTrips < 1) {
            throw new IllegalArgumentException("A vehicle needs at least one trip, got " + maxTrips + ".");
        }
        if (fixedSeconds < 0 || secondsPerParcel < 0) {
            throw new IllegalArgumentException("Reload times cannot be negative.");
        }
    }

    /** @return the time at the depot for a reload before a trip that delivers this many parcels */
    public long seconds(long parcels) {
        return fixedSeconds + secondsPerParcel * parcels;
    }
}
