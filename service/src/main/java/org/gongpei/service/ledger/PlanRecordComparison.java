package org.gongpei.service.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Plan against record for a county and period [from, to): per village, the visit days and parcel ages planned (by
 * the latest done daily plan of each day, else the latest done weekly calendar of the day's week) next to the days
 * its station recorded arrivals (latest correction of each waybill, arrival dates in Asia/Shanghai) and their ages.
 *
 * @param dailyPlans          the ids of the daily plans used
 * @param calendars           the ids of the calendars used
 * @param plannedVisits       village-days planned
 * @param recordedVisits      village-days with a recorded arrival
 * @param plannedWithoutRecord village-days planned and without a recorded arrival
 * @param recordedWithoutPlan village-days with a recorded arrival and no planned visit
 * @param villages            every village with a planned visit or a recorded arrival, by code
 */
public record PlanRecordComparison(String countyCode, LocalDate from, LocalDate to, List<Long> dailyPlans,
        List<Long> calendars, long plannedVisits, long recordedVisits, long plannedWithoutRecord,
        long recordedWithoutPlan, List<Village> villages) {

    /**
     * One village.
     *
     * @param plannedDays          the days of a planned visit
     * @param plannedMeanAgeHours  the planned parcel age, averaged over the planned visits (a daily plan's age is
     *                             its arrival less 06:00, a calendar's the village's mean age of the week); null
     *                             without a planned visit
     * @param plannedWorstAgeHours the worst planned age (a calendar's the village's worst of the week), or null
     * @param recordedDays         the days with a recorded station arrival
     * @param recordedParcels      the parcels that arrived on those days
     * @param recordedMedianHours  their median time from the centre's intake, or null
     * @param recordedWorstHours   their longest, or null
     * @param plannedWithoutRecord planned days without a recorded arrival
     * @param recordedWithoutPlan  recorded days without a planned visit
     */
    public record Village(String villageCode, String name, String townshipCode, List<LocalDate> plannedDays,
            Double plannedMeanAgeHours, Double plannedWorstAgeHours, List<LocalDate> recordedDays,
            long recordedParcels, Double recordedMedianHours, Double recordedWorstHours,
            List<LocalDate> plannedWithoutRecord, List<LocalDate> recordedWithoutPlan) {
    }
}
