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

    /**
     * A visit's share of a van, in thousandths: a van holds {@code floor(vanParcels / parcels)} such loads side by
     * side (a load over a van takes whole vans), so a village whose accumulated parcels fill more than half a van
     * takes one alone.
     *
     * @param parcels the parcels delivered on the visit
     * @return the share, 0 for no parcels
     */
    public long vanShareMillis(int parcels) {
        if (parcels <= 0) {
            return 0;
        }
        long wholeVans = parcels / vanParcels;
        int rest = parcels % vanParcels;
        return wholeVans * 1_000 + (rest == 0 ? 0 : (1_000 + vanParcels / rest - 1) / (vanParcels / rest));
    }

    /** @return the fixed cost of the vans that shares (thousandths) add up to, rounded up to whole vans, fen */
    public long vanCostFen(long shareMillis) {
        return (shareMillis + 999) / 1_000 * vanDayCostFen;
    }
}
