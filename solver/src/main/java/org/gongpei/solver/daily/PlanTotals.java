package org.gongpei.solver.daily;

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

    /** @return cost per parcel handled (delivered and collected), yuan; 0 when nothing is handled */
    public double costPerParcelYuan() {
        int parcels = parcelsDelivered + parcelsPickedUp;
        return parcels == 0 ? 0 : costFen / 100.0 / parcels;
    }
}
