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
 * @param departureSeconds departure (after a driver's break taken there)
 * @param parcelsByCarrier parcels delivered, per carrier
 * @param chilledParcels of which chilled
 * @param pickups farm products collected
 * @param loadAfter what is on board when the vehicle leaves
 * @param trip the vehicle's trip (from 1) this stop is on; a stop on a later trip than the one before it comes
 *        after a return to the depot and a reload
 * @param tripDepartureSeconds when the vehicle left its depot on this trip
 */
public record PlannedStop(String siteCode, String siteName, StopKind kind, long arrivalSeconds, long serviceStartSeconds,
        long departureSeconds, Map<String, Integer> parcelsByCarrier, int chilledParcels, List<FarmPickup> pickups,
        Load loadAfter, int trip, long tripDepartureSeconds) {

    /** A trip below 1 (a result stored before vans drove several trips has none) is the first trip. */
    public PlannedStop {
        trip = Math.max(1, trip);
    }

    /** A stop on a vehicle's first trip ({@code tripDepartureSeconds} 0: the route's departure). */
    public PlannedStop(String siteCode, String siteName, StopKind kind, long arrivalSeconds, long serviceStartSeconds,
            long departureSeconds, Map<String, Integer> parcelsByCarrier, int chilledParcels, List<FarmPickup> pickups,
            Load loadAfter) {
        this(siteCode, siteName, kind, arrivalSeconds, serviceStartSeconds, departureSeconds, parcelsByCarrier,
                chilledParcels, pickups, loadAfter, 1, 0);
    }

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
