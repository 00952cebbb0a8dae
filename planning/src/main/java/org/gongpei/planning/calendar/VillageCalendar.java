package org.gongpei.planning.calendar;

import org.gongpei.solver.calendar.UnmetTarget;
import org.gongpei.solver.calendar.VisitPattern;

/**
 * One village's place in a weekly calendar and its planned parcel ages.
 *
 * @param code village code
 * @param name village name
 * @param townshipCode its township
 * @param pattern the days it is visited
 * @param parcelsByArrivalDay parcels arriving for it at the centre per weekday, Monday first
 * @param roadSecondsFromCentre road time from the county centre (van)
 * @param unmet why the target cannot be met even with daily service, or null
 * @param plannedWorstAgeSeconds worst age by the pattern and the planned arrival times; -1 when a visit day's
 *        plan left the village out
 * @param checkedWorstAgeSeconds worst age recomputed from the routes alone ({@code CalendarChecker})
 * @param checkedAverageAgeSeconds parcel-weighted mean age recomputed from the routes
 * @param undeliveredParcels parcels the week's routes never deliver
 */
public record VillageCalendar(String code, String name, String townshipCode, VisitPattern pattern,
        int[] parcelsByArrivalDay, long roadSecondsFromCentre, UnmetTarget unmet, long plannedWorstAgeSeconds,
        long checkedWorstAgeSeconds, double checkedAverageAgeSeconds, int undeliveredParcels) {

    /** @return why the target cannot be met, in English, or null when it can */
    public String unmetReason() {
        return unmet == null ? null : unmet.text();
    }

    /** @return parcels of the week */
    public int parcels() {
        int sum = 0;
        for (int parcels : parcelsByArrivalDay) {
            sum += parcels;
        }
        return sum;
    }

    /** @return whether every parcel is delivered within the target, by the recomputed ages */
    public boolean within(long targetSeconds) {
        return undeliveredParcels == 0 && checkedWorstAgeSeconds <= targetSeconds;
    }
}
