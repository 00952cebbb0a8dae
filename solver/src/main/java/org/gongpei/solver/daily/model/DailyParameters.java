package org.gongpei.solver.daily.model;

import java.time.Duration;

import org.gongpei.solver.domain.BreakRule;
import org.gongpei.solver.domain.Reloads;

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
 * @param maxTripsPerVan trips a delivery van (from a hub or directly from the centre) may drive in the day,
 *        returning to reload in between; 1 = one trip a day
 * @param reloadSeconds fixed time of a van's reload at its depot between two trips
 * @param reloadSecondsPerParcel unloading time per parcel brought back from the trip that ended
 * @param maxDrivingSeconds driving after which a driver rests (every vehicle)
 * @param breakSeconds length of the rest
 * @param hubDocks vans that can load at a hub at once: a first load takes {@code reloadSeconds}, so that a hub's
 *        vans leave in waves, and a van back for a reload waits for a free dock; 0 for no limit
 * @param hubSortingParcelsPerHour parcels a hub sorts an hour from the first truck's unloading, so that its vans
 *        leave no sooner than its parcels are sorted; 0 for no limit
 * @param randomSeed the random seed of the legs' local search (0 by default)
 */
public record DailyParameters(long sortedAtCentreSeconds, long hubHandlingSeconds, long villageOpensSeconds,
        long villageClosesSeconds, long villageServiceSeconds, long hubServiceSeconds, long serviceSecondsPerParcel,
        long unservedPenaltyPerParcel, Duration timeLimit, int maxTripsPerVan, long reloadSeconds,
        long reloadSecondsPerParcel, long maxDrivingSeconds, long breakSeconds, int hubDocks,
        int hubSortingParcelsPerHour, long randomSeed) {

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
        if (maxTripsPerVan < 1) {
            throw new IllegalArgumentException("A van needs at least one trip, got " + maxTripsPerVan + ".");
        }
        if (reloadSeconds < 0 || reloadSecondsPerParcel < 0 || maxDrivingSeconds <= 0 || breakSeconds <= 0) {
            throw new IllegalArgumentException("Reload times cannot be negative, driving limits and breaks must be positive.");
        }
        if (hubDocks < 0 || hubSortingParcelsPerHour < 0) {
            throw new IllegalArgumentException("Hub docks and sorting capacity cannot be negative (0: no limit).");
        }
    }

    /**
     * Defaults: parcels sorted by 06:00, 30 min re-loading at a hub, stations open 08:00–19:00, 3 min a
     * village stop plus 10 s a parcel, 10 min a hub stop; delivery vans drive up to 3 trips, 15 min to reload
     * (the next trip's parcels staged) plus 5 s a parcel brought back; drivers rest 30 min after 4 h of driving. These are ASSUMPTIONS for a demo county.
     *
     * @return the defaults with the given time limit
     */
    public static DailyParameters defaults(Duration timeLimit) {
        return new DailyParameters(6 * 3600, 30 * 60, 8 * 3600, 19 * 3600, 180, 600, 10, 1_000, timeLimit,
                3, 15 * 60, 5, 4 * 3600, 30 * 60, 0, 0, 0L);
    }

    /** @return a copy with another time limit */
    public DailyParameters withTimeLimit(Duration limit) {
        return new DailyParameters(sortedAtCentreSeconds, hubHandlingSeconds, villageOpensSeconds, villageClosesSeconds,
                villageServiceSeconds, hubServiceSeconds, serviceSecondsPerParcel, unservedPenaltyPerParcel, limit,
                maxTripsPerVan, reloadSeconds, reloadSecondsPerParcel, maxDrivingSeconds, breakSeconds, hubDocks,
                hubSortingParcelsPerHour, randomSeed);
    }

    /** @return a copy in which delivery vans drive at most {@code trips} trips a day (1: no reloads) */
    public DailyParameters withMaxTripsPerVan(int trips) {
        return new DailyParameters(sortedAtCentreSeconds, hubHandlingSeconds, villageOpensSeconds, villageClosesSeconds,
                villageServiceSeconds, hubServiceSeconds, serviceSecondsPerParcel, unservedPenaltyPerParcel, timeLimit,
                trips, reloadSeconds, reloadSecondsPerParcel, maxDrivingSeconds, breakSeconds, hubDocks,
                hubSortingParcelsPerHour, randomSeed);
    }

    /**
     * @param seed the random seed of the legs' local search: solves of the same day with other seeds show how much
     *             a figure owes to chance
     * @return a copy with this seed
     */
    public DailyParameters withRandomSeed(long seed) {
        return new DailyParameters(sortedAtCentreSeconds, hubHandlingSeconds, villageOpensSeconds, villageClosesSeconds,
                villageServiceSeconds, hubServiceSeconds, serviceSecondsPerParcel, unservedPenaltyPerParcel, timeLimit,
                maxTripsPerVan, reloadSeconds, reloadSecondsPerParcel, maxDrivingSeconds, breakSeconds, hubDocks,
                hubSortingParcelsPerHour, seed);
    }

    /**
     * @param docks              vans loading at a hub at once (0: no limit)
     * @param sortingParcelsPerHour parcels a hub sorts an hour (0: no limit)
     * @return a copy with these hub limits
     */
    public DailyParameters withHubLimits(int docks, int sortingParcelsPerHour) {
        return new DailyParameters(sortedAtCentreSeconds, hubHandlingSeconds, villageOpensSeconds, villageClosesSeconds,
                villageServiceSeconds, hubServiceSeconds, serviceSecondsPerParcel, unservedPenaltyPerParcel, timeLimit,
                maxTripsPerVan, reloadSeconds, reloadSecondsPerParcel, maxDrivingSeconds, breakSeconds, docks,
                sortingParcelsPerHour, randomSeed);
    }

    /**
     * @param trips              trips a delivery van may drive in a day (1: one)
     * @param reload             time to reload at the depot between two trips
     * @param reloadPerParcel    more reload time for each parcel brought back, seconds
     * @param drivingBeforeBreak driving after which the driver takes a break
     * @param breakTime          the break
     * @return a copy with these rules for vans' trips and drivers' breaks
     */
    public DailyParameters withTripsAndBreaks(int trips, Duration reload, long reloadPerParcel, Duration drivingBeforeBreak,
            Duration breakTime) {
        return new DailyParameters(sortedAtCentreSeconds, hubHandlingSeconds, villageOpensSeconds, villageClosesSeconds,
                villageServiceSeconds, hubServiceSeconds, serviceSecondsPerParcel, unservedPenaltyPerParcel, timeLimit,
                trips, reload.toSeconds(), reloadPerParcel, drivingBeforeBreak.toSeconds(), breakTime.toSeconds(),
                hubDocks, hubSortingParcelsPerHour, randomSeed);
    }

    /** @return the delivery vans' reloads */
    public Reloads vanReloads() {
        return new Reloads(maxTripsPerVan, reloadSeconds, reloadSecondsPerParcel);
    }

    /** @return the drivers' break rule */
    public BreakRule breakRule() {
        return new BreakRule(maxDrivingSeconds, breakSeconds);
    }
}
