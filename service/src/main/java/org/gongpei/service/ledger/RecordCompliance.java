package org.gongpei.service.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The delivery-time indicator from what happened: parcels whose time from the county centre's intake to the
 * village station is within the target, for parcels taken in during a period (dates in Asia/Shanghai), with the
 * latest correction of each waybill.
 *
 * @param targetHours          the target, e.g. 72 for the 3-day rule
 * @param total                all parcels of the period
 * @param completeShare        the ledger completeness (台账完整): share of rows with every time and a vehicle
 * @param villages             every village of the county with parcels, worst share first
 * @param villagesWithoutDelivery the villages of the county with no parcel in the period
 * @param townships            per township
 * @param carriers             per carrier
 * @param months               per month of intake
 */
public record RecordCompliance(String countyCode, LocalDate from, LocalDate to, int targetHours, Figures total,
        double completeShare, List<Group> villages, List<String> villagesWithoutDelivery, List<Group> townships,
        List<Group> carriers, List<Group> months) {

    /**
     * The figures of a set of parcels.
     *
     * @param parcels       the parcels
     * @param withinTarget  those delivered within the target
     * @param share         withinTarget / parcels, 0 without parcels
     * @param medianHours   the median delivery time
     * @param p95Hours      the 95th percentile delivery time
     */
    public record Figures(long parcels, long withinTarget, double share, double medianHours, double p95Hours) {
    }

    /** The figures of one village, township, carrier or month ({@code key}), with its name where it has one. */
    public record Group(String key, String name, Figures figures) {
    }
}
