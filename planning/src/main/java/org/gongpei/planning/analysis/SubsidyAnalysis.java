package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subsidy phase-out per year: the carriers' net cost per parcel and which villages pay their way.
 *
 * <p><b>Model.</b> A village's day costs F + h·q: F its route and trunk shares (its visit), held fixed at the
 * analysed day's value, h its handling per parcel, q its parcels. It earns (r + s·σ)·q: r the revenue per
 * parcel, s the year's subsidy per parcel and σ the share of its parcels in the subsidised flow. The
 * break-even volume is q* = F / (r + s·σ − h), none when the margin is ≤ 0; the village is viable when
 * q ≥ q*. Without subsidy, with its parcels growing by g a year from the analysed year, it is viable from
 * the first year with q·(1+g)^(year − analysed year) ≥ q*(s = 0), searched 30 years ahead.
 *
 * @param years per year of the schedule
 * @param villages per village
 */
public record SubsidyAnalysis(List<YearRow> years, List<VillageRow> villages) {

    /** Years searched for a village's first year without subsidy. */
    public static final int HORIZON_YEARS = 30;

    /**
     * One year.
     *
     * @param year the year
     * @param subsidyFenPerParcel the subsidy on a subsidised parcel
     * @param subsidyFen paid on the analysed day's parcels
     * @param netCostPerParcelFen the network's cost minus the subsidy, per parcel
     * @param viableVillages villages at or above their break-even volume in that year
     */
    public record YearRow(int year, long subsidyFenPerParcel, long subsidyFen, double netCostPerParcelFen,
            int viableVillages) {
    }

    /**
     * One village.
     *
     * @param code village code
     * @param name village name
     * @param parcels parcels on the analysed day
     * @param breakEvenParcelsByYear break-even parcels per year of the schedule, null when no volume breaks even
     * @param breakEvenWithoutSubsidy break-even parcels without subsidy, null when none
     * @param firstYearWithoutSubsidy first year it is viable without subsidy, null when not within the horizon
     */
    public record VillageRow(String code, String name, int parcels, List<Double> breakEvenParcelsByYear,
            Double breakEvenWithoutSubsidy, Integer firstYearWithoutSubsidy) {
    }

    /**
     * @param villages cost to serve of the villages
     * @param options the schedule, revenue and growth
     * @param analysedYear the year of the analysed day
     * @return the analysis
     */
    public static SubsidyAnalysis of(List<VillageCost> villages, SubsidyOptions options, int analysedYear) {
        List<YearRow> years = new ArrayList<>();
        long totalFen = villages.stream().mapToLong(VillageCost::totalFen).sum();
        long parcels = villages.stream().mapToLong(VillageCost::parcels).sum();
        long subsidised = villages.stream().mapToLong(v -> subsidised(v, options.flow())).sum();
        for (Map.Entry<Integer, Long> year : options.fenPerParcelByYear().entrySet()) {
            long subsidy = year.getValue() * subsidised;
            int viable = (int) villages.stream()
                    .filter(v -> breakEven(v, options, year.getValue()) != null && v.parcels() >= breakEven(v, options, year.getValue()))
                    .count();
            years.add(new YearRow(year.getKey(), year.getValue(), subsidy,
                    parcels == 0 ? 0 : (double) (totalFen - subsidy) / parcels, viable));
        }
        List<VillageRow> rows = new ArrayList<>();
        for (VillageCost village : villages) {
            List<Double> byYear = options.fenPerParcelByYear().values().stream()
                    .map(subsidy -> breakEven(village, options, subsidy)).toList();
            Double without = breakEven(village, options, 0);
            rows.add(new VillageRow(village.code(), village.name(), village.parcels(), byYear, without,
                    firstYear(village.parcels(), without, options.volumeGrowthPercentPerYear(), analysedYear)));
        }
        return new SubsidyAnalysis(List.copyOf(years), List.copyOf(rows));
    }

    /** @return q* = F / (r + s·σ − h), null when the margin is not positive */
    static Double breakEven(VillageCost village, SubsidyOptions options, long subsidyFenPerParcel) {
        if (village.parcels() == 0) {
            return null;
        }
        double share = (double) subsidised(village, options.flow()) / village.parcels();
        double handlingPerParcel = (double) village.handlingFen() / village.parcels();
        double margin = options.revenueFenPerParcel() + subsidyFenPerParcel * share - handlingPerParcel;
        if (margin <= 0) {
            return null;
        }
        return (village.visitFen() + village.trunkFen()) / margin;
    }

    private static long subsidised(VillageCost village, SubsidyOptions.Flow flow) {
        return switch (flow) {
            case DOWN -> village.parcelsDelivered();
            case UP -> village.parcelsPickedUp();
            case BOTH -> village.parcels();
        };
    }

    private static Integer firstYear(int parcels, Double breakEven, double growthPercent, int analysedYear) {
        if (breakEven == null) {
            return null;
        }
        double volume = parcels;
        for (int k = 0; k <= HORIZON_YEARS; k++) {
            if (volume >= breakEven) {
                return analysedYear + k;
            }
            volume *= 1 + growthPercent / 100;
        }
        return null;
    }
}
