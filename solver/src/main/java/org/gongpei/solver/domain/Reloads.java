package org.gongpei.solver.domain;

/**
 * How often a vehicle may return to its depot, reload and leave on another trip, and how long a reload takes.
 * A route is split into trips by its stop order: a stop whose goods would not fit on the current trip begins
 * the next one (while trips remain), so the vehicle drives back to its depot after the stop before it, reloads
 * and drives out again. The first trip is loaded before the shift starts; the parcels of a later trip are
 * staged at the depot while the vehicle is out, so a reload takes a fixed time plus a time per parcel brought
 * back and unloaded (the pickups of the trip that ended). A time per parcel loaded would depend on the stops
 * after the reload, which would make the route's shadow variables depend on later stops as well as earlier ones.
 *
 * @param maxTrips trips per day, at least 1 (1: the vehicle never reloads)
 * @param fixedSeconds time at the depot for each reload, loading the staged parcels included
 * @param secondsPerParcel unloading time per parcel picked up on the trip that ended
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

    /** @return the time at the depot for a reload after a trip that brought back this many parcels */
    public long seconds(long parcels) {
        return fixedSeconds + secondsPerParcel * parcels;
    }
}
