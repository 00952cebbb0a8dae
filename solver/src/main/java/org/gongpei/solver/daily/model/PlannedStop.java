package org.gongpei.solver.daily.model;

import java.util.List;
import java.util.Map;

/**
 * One stop of a planned route. Times are seconds since the day's origin.
 *
 * @param siteCode village or hub code
 * @param siteName village or hub name
 * @param kind what happens there
 * @param arrivalSeconds arrival
 * @param serviceStartSeconds service start (after waiting for the station to open or goods to be ready)
 * @param departureSeconds departure
 * @param parcelsByCarrier parcels delivered, per carrier
 * @param chilledParcels of which chilled
 * @param pickups farm products collected
 * @param loadAfter what is on board when the vehicle leaves
 */
public record PlannedStop(String siteCode, String siteName, StopKind kind, long arrivalSeconds, long serviceStartSeconds,
        long departureSeconds, Map<String, Integer> parcelsByCarrier, int chilledParcels, List<FarmPickup> pickups,
        Load loadAfter) {

    /** What a vehicle does at a stop. */
    public enum StopKind {
        /** Parcels dropped at a village station. */
        VILLAGE_DELIVERY,
        /** Farm products collected at a village station. */
        VILLAGE_PICKUP,
        /** A trunk vehicle drops a consignment at a hub. */
        HUB_DROP,
        /** A trunk vehicle collects the farm products brought to a hub. */
        HUB_COLLECT
    }

    /** @return parcels delivered, all carriers */
    public int parcels() {
        return parcelsByCarrier.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return parcels collected */
    public int pickupParcels() {
        return pickups.stream().mapToInt(FarmPickup::parcels).sum();
    }
}
