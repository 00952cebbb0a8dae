package org.gongpei.solver.domain;

/**
 * When a vehicle reaches a stop, worked out from the stop before it, the reload before the stop's trip and
 * the driver's breaks. Times are seconds since the day's origin.
 *
 * @param tripDepartureSeconds when the vehicle left its depot on this stop's trip
 * @param arrivalSeconds arrival at the stop
 * @param drivingSeconds driving since the last break on arrival
 * @param breakAtPreviousSeconds break taken at the previous stop before driving on (0 if none)
 * @param excessDrivingSeconds driving beyond the break rule's limit on the way here (a single drive too long)
 */
public record Schedule(long tripDepartureSeconds, long arrivalSeconds, long drivingSeconds, long breakAtPreviousSeconds,
        long excessDrivingSeconds) {
}
