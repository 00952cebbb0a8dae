package org.gongpei.solver.daily.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Totals of a daily plan.
 *
 * @param distanceMetres metres driven by all vehicles
 * @param vehicleSeconds working time of all vehicles, departure to return
 * @param vehiclesUsed distinct vehicles with at least one route
 * @param costFen total cost: fixed, distance and time
 * @param parcelsDelivered parcels delivered to villages
 * @param parcelsPickedUp parcels of farm products collected
 * @param villagesServed villages with at least one stop
 * @param hubsUsed hubs that serve at least one village
 */
public record PlanTotals(long distanceMetres, long vehicleSeconds, int vehiclesUsed, long costFen, int parcelsDelivered,
        int parcelsPickedUp, int villagesServed, int hubsUsed) {

    /** @return the totals of a day's routes */
    public static PlanTotals of(List<PlannedRoute> routes) {
        long metres = 0;
        long seconds = 0;
        long cost = 0;
        int delivered = 0;
        int pickedUp = 0;
        Set<String> vehicles = new HashSet<>();
        Set<String> villages = new HashSet<>();
        Set<String> hubs = new HashSet<>();
        for (PlannedRoute route : routes) {
            metres += route.distanceMetres();
            seconds += route.returnSeconds() - route.departureSeconds();
            cost += route.costFen();
            vehicles.add(route.vehicleId());
            if (route.echelon() == Echelon.LAST_MILE) {
                hubs.add(route.depotCode());
            }
            for (PlannedStop stop : route.stops()) {
                if (stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY) {
                    delivered += stop.parcels();
                    villages.add(stop.siteCode());
                } else if (stop.kind() == PlannedStop.StopKind.VILLAGE_PICKUP) {
                    pickedUp += stop.pickupParcels();
                    villages.add(stop.siteCode());
                }
            }
        }
        return new PlanTotals(metres, seconds, vehicles.size(), cost, delivered, pickedUp, villages.size(), hubs.size());
    }

    /** @return cost per parcel handled (delivered and collected), yuan; 0 when nothing is handled */
    public double costPerParcelYuan() {
        int parcels = parcelsDelivered + parcelsPickedUp;
        return parcels == 0 ? 0 : costFen / 100.0 / parcels;
    }
}
