package org.gongpei.planning.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A subsidy phase-out (补贴退坡) and the carriers' revenue it is weighed against.
 *
 * @param fenPerParcelByYear subsidy per parcel in each year, ascending years; years after the last pay nothing
 * @param flow which parcels are subsidised
 * @param revenueFenPerParcel what the network earns per parcel delivered or collected
 * @param volumeGrowthPercentPerYear yearly growth of every village's parcels, for the year from which it is
 *        viable without subsidy; may be negative, above −100
 */
public record SubsidyOptions(Map<Integer, Long> fenPerParcelByYear, Flow flow, long revenueFenPerParcel,
        double volumeGrowthPercentPerYear) {

    /** Which parcels a subsidy is paid on. */
    public enum Flow {
        /** Parcels delivered to villages. */
        DOWN,
        /** Farm products collected from villages (the up flow the seeds favour). */
        UP,
        /** Both. */
        BOTH
    }

    /**
     * Default revenue: 0.80 yuan a parcel (ASSUMPTION: the order of the fee brands pay a county joint
     * operator for the last leg of a rural parcel; replace with the county's contract fee).
     */
    public static final long DEFAULT_REVENUE_FEN = 80;
    /** Default growth: 10 % a year (ASSUMPTION). */
    public static final double DEFAULT_GROWTH_PERCENT = 10;

    /** @throws IllegalArgumentException for a negative subsidy or revenue, or growth ≤ −100 % */
    public SubsidyOptions {
        if (fenPerParcelByYear == null || flow == null) {
            throw new IllegalArgumentException("A subsidy schedule and its flow are required.");
        }
        for (Map.Entry<Integer, Long> entry : fenPerParcelByYear.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("The subsidy of " + entry.getKey() + " is negative.");
            }
        }
        if (revenueFenPerParcel < 0) {
            throw new IllegalArgumentException("The revenue per parcel cannot be negative.");
        }
        if (!(volumeGrowthPercentPerYear > -100 && volumeGrowthPercentPerYear <= 1000)) {
            throw new IllegalArgumentException("The yearly volume growth must be above −100 % and at most 1000 %.");
        }
        fenPerParcelByYear = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(fenPerParcelByYear)));
    }

    /**
     * @param firstYear the year paying 0.30 yuan
     * @return the Shandong example of DOMAIN.md: 0.30 / 0.20 / 0.10 yuan, then 0, on both flows
     */
    public static SubsidyOptions shandongExample(int firstYear) {
        return new SubsidyOptions(Map.of(firstYear, 30L, firstYear + 1, 20L, firstYear + 2, 10L, firstYear + 3, 0L),
                Flow.BOTH, DEFAULT_REVENUE_FEN, DEFAULT_GROWTH_PERCENT);
    }
}
