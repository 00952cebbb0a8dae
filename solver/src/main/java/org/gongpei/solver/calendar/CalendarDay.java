package org.gongpei.solver.calendar;

import java.time.DayOfWeek;

/**
 * A service day and the parcels the fleet can deliver on it.
 *
 * @param day the weekday
 * @param parcelCapacity parcels the fleet's delivery vehicles carry in a day
 * @param vanParcels parcels one delivery van carries (its tightest dimension for an average parcel)
 * @param vanDayCostFen fixed cost of a delivery van's day, fen
 */
public record CalendarDay(DayOfWeek day, int parcelCapacity, int vanParcels, long vanDayCostFen) {

    public CalendarDay {
        if (parcelCapacity < 0 || vanParcels <= 0 || vanDayCostFen < 0) {
            throw new IllegalArgumentException("A calendar day needs a capacity ≥ 0, a van of at least one parcel "
                    + "and a van cost ≥ 0.");
        }
    }

    /** @return the vans needed for the parcels, estimated fixed cost, fen */
    public long vanCostFen(long parcels) {
        return (parcels + vanParcels - 1) / vanParcels * vanDayCostFen;
    }
}
