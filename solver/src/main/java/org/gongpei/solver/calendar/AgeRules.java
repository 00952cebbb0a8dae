package org.gongpei.solver.calendar;

/**
 * The delivery-time target and the times a parcel's planned age is measured with. A parcel's age runs from
 * its arrival at the county centre to its arrival at the village station: whole days of waiting for the
 * village's next visit day plus the time within the visit day, through the trunk, the hub and the last mile.
 *
 * @param targetSeconds the longest planned age allowed, e.g. 72 h
 * @param centreArrivalSeconds when a day's parcels have arrived at the centre, seconds since midnight
 * @param latestVillageArrivalSeconds the latest a planned route reaches a village station (its closing time);
 *        before routes are planned, a visit day's parcels are taken to arrive by then
 */
public record AgeRules(long targetSeconds, long centreArrivalSeconds, long latestVillageArrivalSeconds) {

    /** Seconds in a day. */
    public static final long DAY_SECONDS = 86_400;

    /** @throws IllegalArgumentException for a target that is not positive or times out of order */
    public AgeRules {
        if (targetSeconds <= 0) {
            throw new IllegalArgumentException("The delivery-time target must be positive, got " + targetSeconds + " s.");
        }
        if (centreArrivalSeconds < 0 || centreArrivalSeconds >= DAY_SECONDS) {
            throw new IllegalArgumentException("The centre arrival time must be within the day, got "
                    + centreArrivalSeconds + " s.");
        }
        if (latestVillageArrivalSeconds <= centreArrivalSeconds) {
            throw new IllegalArgumentException("Villages must be reached after parcels arrive at the centre.");
        }
    }

    /**
     * @param targetHours the target in hours
     * @return rules for parcels at the centre by 06:00 and stations served until 19:00 (the daily plan's defaults)
     */
    public static AgeRules ofHours(long targetHours) {
        return new AgeRules(targetHours * 3600, 6 * 3600, 19 * 3600);
    }

    /**
     * @param roadSecondsFromCentre the village's road time from the centre
     * @return the in-day age estimate before routes exist: the later of the closing time and the road time
     */
    public long inDayEstimateSeconds(long roadSecondsFromCentre) {
        return Math.max(latestVillageArrivalSeconds - centreArrivalSeconds, roadSecondsFromCentre);
    }

    /**
     * @param waitDays whole days waited for the visit
     * @param villageArrivalSeconds arrival at the village on the visit day, seconds since that day's midnight
     * @return the planned age
     */
    public long ageSeconds(int waitDays, long villageArrivalSeconds) {
        return waitDays * DAY_SECONDS + villageArrivalSeconds - centreArrivalSeconds;
    }
}
