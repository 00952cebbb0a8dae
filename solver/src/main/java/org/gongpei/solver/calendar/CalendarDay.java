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
     * A visit's expected share of a van, in thousandths. Whole vans for each full van of parcels; the rest, a
     * fraction x of a van, takes {@code min(1, x + x²/2)}: the load itself and the space it is expected to leave
     * unusable when loads are packed into vans, which grows with the load's size (ASSUMPTION: a load of half a
     * van wastes an eighth of one, a load of three quarters of a van is carried alone). So loads that pile up
     * over several days cost more van space than the same parcels delivered daily in small loads.
     *
     * @param parcels the parcels delivered on the visit
     * @return the share, 0 for no parcels
     */
    public long vanShareMillis(int parcels) {
        if (parcels <= 0) {
            return 0;
        }
        long wholeVans = parcels / vanParcels;
        double rest = (double) (parcels % vanParcels) / vanParcels;
        return wholeVans * 1_000 + Math.round(1_000 * Math.min(1, rest + rest * rest / 2));
    }

    /**
     * @param parcels the parcels delivered on a visit
     * @return the visit's share of a van's fixed cost ({@link #vanShareMillis}), fen, rounded
     */
    public long vanShareCostFen(int parcels) {
        return Math.round(vanShareMillis(parcels) * (double) vanDayCostFen / 1_000);
    }
}
