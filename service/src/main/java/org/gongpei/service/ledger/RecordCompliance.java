package org.gongpei.service.ledger;

import java.time.LocalDate;
import java.util.List;

import org.gongpei.service.parity.RemoteRule;

/**
 * The delivery-time indicator from what happened: parcels whose time from the county centre's intake to the
 * village station is within the target, for parcels taken in during a period (dates in Asia/Shanghai), with the
 * latest correction of each waybill. The figures count the current rows in the buckets of {@link DeliveryTimes}:
 * parcels and shares exactly, the median and 95th percentile to within a bucket (15 min up to 24 h, 1 h beyond).
 *
 * @param targetHours          the target, e.g. 72 for the 3-day rule
 * @param total                the parcels of the period, without those of exempted remote villages
 * @param totalAllVillages     the parcels of the period of every village
 * @param completeShare        the ledger completeness (台账完整): share of rows with every time and a vehicle
 * @param villages             every village of the county with parcels, worst share first
 * @param villagesWithoutDelivery the villages of the county with no parcel in the period
 * @param townships            per township
 * @param carriers             per carrier
 * @param months               per month of intake
 * @param exemption            the remote villages left out of {@code total}, or null when the rule applied makes
 *                             none remote (a query's {@code remoteMinutes=0})
 */
public record RecordCompliance(String countyCode, LocalDate from, LocalDate to, int targetHours, Figures total,
        Figures totalAllVillages, double completeShare, List<Group> villages, List<String> villagesWithoutDelivery,
        List<Group> townships, List<Group> carriers, List<Group> months, Exemption exemption) {

    /**
     * Remote villages (边远地区) left out of the indicator by road time from the county centre or by list.
     *
     * @param remoteMinutes the threshold: villages at or over this road time by van are exempted; 0 for none
     * @param applied       false when the road times could not be computed (no road network): only listed villages
     *                      are exempted
     * @param reason        why it was not applied, or null
     * @param villages      the exempted villages with their road time, farthest first
     * @param rule          the rule applied and where it comes from (the county's, the default or the query's)
     */
    public record Exemption(double remoteMinutes, boolean applied, String reason, List<RemoteVillage> villages,
            RemoteRule rule) {
    }

    /** An exempted village and its road time from the centre, minutes (null when it cannot be computed). */
    public record RemoteVillage(String code, String name, Double roadMinutes) {
    }

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
