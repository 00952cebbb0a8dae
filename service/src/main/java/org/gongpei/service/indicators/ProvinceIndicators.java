package org.gongpei.service.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme indicators of a province's counties side by side for one period, each county's as
 * {@link IndicatorsService} computes it, with totals over them.
 *
 * @param counties the counties the caller may see, by code
 */
public record ProvinceIndicators(String province, LocalDate from, LocalDate to, int targetHours,
        List<ProgrammeIndicators> counties, Totals totals) {

    /**
     * Sums over the counties, shares of those sums, and medians of the figures that do not add up.
     *
     * @param recordParcels parcels of the period's records of every county, null when no county has records
     * @param recordShareWithin their share delivered within the target (each county weighted by its parcels)
     * @param medianPlannedShareWithin median of the counties' planned shares, over the counties with a calendar
     * @param medianCostPerParcelYuan median of the counties' cost per parcel, over the counties with an analysis
     * @param medianRatio median of their ratio to the provincial capital's cost, over the counties with one
     * @param countiesOnPar counties whose cost is on par with the provincial capital's
     */
    public record Totals(int counties, int villages, int stations, double shareOfVillages, int poorVillages,
            int poorWithStation, double shareOfPoor, int largeVillages, int largeWithStation, int townships,
            int townshipsWithStation, double shareOfTownships, Long recordParcels, Double recordShareWithin,
            Double medianPlannedShareWithin, Double medianCostPerParcelYuan, Double medianRatio, int countiesOnPar) {
    }
}
