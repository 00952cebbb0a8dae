package org.gongpei.solver.calendar;

/**
 * The planned ages of one village's parcels over the week.
 *
 * @param villageCode the village
 * @param parcels parcels that arrived for it at the centre during the week
 * @param worstAgeSeconds the longest planned age of a delivered parcel; 0 when none was delivered
 * @param averageAgeSeconds the parcel-weighted mean planned age of the delivered parcels
 * @param undeliveredParcels parcels for which the week has no delivery
 */
public record VillageAge(String villageCode, int parcels, long worstAgeSeconds, double averageAgeSeconds,
        int undeliveredParcels) {

    /** @return whether every parcel is delivered within the target */
    public boolean within(long targetSeconds) {
        return undeliveredParcels == 0 && worstAgeSeconds <= targetSeconds;
    }
}
