package org.gongpei.solver.daily.model;

import java.util.List;

/**
 * One vehicle's route of the day. Times are seconds since the day's origin; cost in fen.
 *
 * @param vehicleId unique vehicle id
 * @param vehicleType code of its {@link VehicleType}
 * @param vehicleName display name of the type
 * @param echelon which leg of the network
 * @param depotCode where it starts and ends (the centre or a hub)
 * @param depotName its name
 * @param departureSeconds departure from the depot
 * @param returnSeconds return to the depot
 * @param distanceMetres metres driven, depot to depot
 * @param costFen fixed, distance and time cost of this route
 * @param stops the stops in order
 */
public record PlannedRoute(String vehicleId, String vehicleType, String vehicleName, Echelon echelon, String depotCode,
        String depotName, long departureSeconds, long returnSeconds, long distanceMetres, long costFen,
        List<PlannedStop> stops) {

    /**
     * @return by when the farm products this route picks up are back at its depot: its return when its last trip
     *         carries products, else when it leaves on the trip after the last one that does (unloaded by then);
     *         its return when it carries none
     */
    public long productsBackSeconds() {
        int lastTripWithProducts = 0;
        for (PlannedStop stop : stops) {
            if (!stop.pickups().isEmpty()) {
                lastTripWithProducts = stop.trip();
            }
        }
        for (PlannedStop stop : stops) {
            if (lastTripWithProducts > 0 && stop.trip() == lastTripWithProducts + 1) {
                return stop.tripDepartureSeconds();
            }
        }
        return returnSeconds;
    }

    /** @return parcels delivered on this route */
    public int parcels() {
        return stops.stream().filter(stop -> stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY)
                .mapToInt(PlannedStop::parcels).sum();
    }
}
