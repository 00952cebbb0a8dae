package org.gongpei.service.indicators;

import java.time.LocalDate;
import java.util.List;

import org.gongpei.service.parity.RemoteRule;

/**
 * The figures a county's programme is judged by (绩效评价) for a period, each from where it can be known: the
 * network as stored, the delivery records of the period, the county's latest weekly calendar and its scenario
 * analyses. A figure whose source does not exist yet is null, and its source is named in {@code missing}.
 *
 * @param missing codes of the sources not found: {@code RECORDS} (no delivery records in the period),
 *        {@code CALENDAR} (no weekly calendar done), {@code ANALYSIS} (no scenario analysis done)
 */
public record ProgrammeIndicators(String countyCode, String countyName, String province, String provincialCapital,
        LocalDate from, LocalDate to, int targetHours, Coverage coverage, Delivery delivery, Costs costs,
        List<String> missing) {

    /**
     * Stations and the villages and townships they cover.
     *
     * @param largeVillages villages of at least {@code largePopulation} residents
     */
    public record Coverage(int villages, int stations, double shareOfVillages, int poorVillages, int poorWithStation,
            double shareOfPoor, int townships, int townshipsWithStation, int largePopulation, int largeVillages,
            int largeWithStation) {
    }

    /**
     * Parcels within the delivery-time target.
     *
     * @param recordParcels parcels of the period's delivery records, null without records
     * @param recordShareWithin their share delivered within the target
     * @param calendarId the latest weekly calendar done, null without one
     * @param plannedShareOfParcelsWithin the share of its week's parcels planned within its own target
     * @param calendarTargetHours that calendar's target
     * @param remoteRule the county's remote-area rule, applied to both
     * @param recordShareWithinExceptRemote the records' share within the target without the remote villages
     * @param plannedRemoteVillages the villages of the calendar remote by the rule
     */
    public record Delivery(Long recordParcels, Double recordShareWithin, Long calendarId,
            Double plannedShareOfParcelsWithin, Long calendarTargetHours, RemoteRule remoteRule,
            Double recordShareWithinExceptRemote, Integer plannedRemoteVillages) {
    }

    /**
     * Cost per parcel against the provincial capital, farm products collected and the subsidy, from the latest
     * scenario analysis; the trend lists every analysis done, oldest first.
     *
     * @param referenceYear the year of the capital's reference, null for one given in the request or stored before
     *        references had years
     * @param referenceSourceDate when the reference was published or surveyed, null where the year is
     */
    public record Costs(Long analysisId, LocalDate analysisDate, Double costPerParcelYuan, Double referenceYuanPerParcel,
            String referenceSource, String referenceSourceCode, Double ratio, Boolean onPar, Integer farmParcelsCollected,
            List<SubsidyYear> subsidy, List<CostPoint> trend, Integer referenceYear, LocalDate referenceSourceDate) {
    }

    /** The subsidy per parcel in a year of its phase-out. */
    public record SubsidyYear(int year, double subsidyYuanPerParcel, double netCostPerParcelYuan) {
    }

    /** One analysis's cost per parcel against the capital's. */
    public record CostPoint(long analysisId, LocalDate date, double costPerParcelYuan, double ratio) {
    }
}
