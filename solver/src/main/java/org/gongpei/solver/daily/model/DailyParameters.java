package org.gongpei.solver.daily.model;

import java.time.Duration;

/**
 * Operating rules of the planned day. Times are seconds since the day's origin (midnight).
 *
 * @param sortedAtCentreSeconds when the day's parcels are sorted at the county centre and may leave
 * @param hubHandlingSeconds re-loading time at a hub between a vehicle's arrival and the next leg's departure
 * @param villageOpensSeconds earliest service at a village station
 * @param villageClosesSeconds latest arrival at a village station
 * @param villageServiceSeconds fixed time at a village stop
 * @param hubServiceSeconds fixed time of a trunk vehicle at a hub
 * @param serviceSecondsPerParcel handling time per parcel delivered or collected
 * @param unservedPenaltyPerParcel medium-score penalty per parcel left unserved, so an overloaded day still
 *        yields a plan with the unserved villages named
 * @param timeLimit wall-clock budget of the whole solve
 */
public record DailyParameters(long sortedAtCentreSeconds, long hubHandlingSeconds, long villageOpensSeconds,
        long villageClosesSeconds, long villageServiceSeconds, long hubServiceSeconds, long serviceSecondsPerParcel,
        long unservedPenaltyPerParcel, Duration timeLimit) {

    public DailyParameters {
        if (villageClosesSeconds <= villageOpensSeconds) {
            throw new IllegalArgumentException("Village stations close before they open.");
        }
        if (hubHandlingSeconds < 0 || villageServiceSeconds < 0 || hubServiceSeconds < 0 || serviceSecondsPerParcel < 0) {
            throw new IllegalArgumentException("Handling and service times cannot be negative.");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
    }

    /**
     * Defaults: parcels sorted by 06:00, 30 min re-loading at a hub, stations open 08:00–19:00, 3 min a
     * village stop plus 10 s a parcel, 10 min a hub stop. These are ASSUMPTIONS for a demo county.
     *
     * @return the defaults with the given time limit
     */
    public static DailyParameters defaults(Duration timeLimit) {
        return new DailyParameters(6 * 3600, 30 * 60, 8 * 3600, 19 * 3600, 180, 600, 10, 1_000, timeLimit);
    }

    /** @return a copy with another time limit */
    public DailyParameters withTimeLimit(Duration limit) {
        return new DailyParameters(sortedAtCentreSeconds, hubHandlingSeconds, villageOpensSeconds, villageClosesSeconds,
                villageServiceSeconds, hubServiceSeconds, serviceSecondsPerParcel, unservedPenaltyPerParcel, limit);
    }
}
