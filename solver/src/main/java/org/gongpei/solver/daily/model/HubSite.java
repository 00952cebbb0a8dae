package org.gongpei.solver.daily.model;

/**
 * A township hub that may serve villages on the planned day.
 *
 * @param code unique code
 * @param name display name
 * @param locationIndex index of the hub in every travel matrix
 * @param coldStorage whether chilled goods may wait here
 * @param capacityParcelsPerDay parcels it can handle a day (down and up); {@link Integer#MAX_VALUE} when unlimited
 * @param opensSeconds opening time, seconds since the day's origin (midnight)
 * @param closesSeconds closing time, seconds since the day's origin
 */
public record HubSite(String code, String name, int locationIndex, boolean coldStorage, int capacityParcelsPerDay,
        long opensSeconds, long closesSeconds) {

    public HubSite {
        if (locationIndex < 0) {
            throw new IllegalArgumentException("Hub " + code + " has a negative location index.");
        }
        if (capacityParcelsPerDay < 0) {
            throw new IllegalArgumentException("Hub " + code + " has a negative capacity.");
        }
        if (closesSeconds <= opensSeconds) {
            throw new IllegalArgumentException("Hub " + code + " closes before it opens.");
        }
    }
}
