package org.gongpei.solver.siting;

import java.util.Locale;

/**
 * The coverage rules and the delivery cost of a station plan. Problem fact of a {@link SitingPlan}.
 *
 * <p>ASSUMPTION (delivery cost): every station is one more stop of the delivery van on each service day; the cost
 * of a stop (detour and stop time) is stated per station and day, and counted over {@code serviceDaysPerYear} days
 * a year for {@code horizonYears} years, so that it can be added to one-off construction costs. Villages without a
 * station add no stop: their parcels wait at the station they are served from.
 *
 * @param minStationShare share of the villages that must have a station, 0 to 1 (seed 000: 0.5; seed 003: 0.55;
 *        seed 001: 0.6)
 * @param populationThreshold residents from which a village must have a station (seed 002: 500)
 * @param reachMetres longest road distance, each way, between a village without a station and the station of its
 *        township it is served from (walking or tricycle reach)
 * @param stationDayCostFen delivery cost of one station on one service day, fen
 * @param serviceDaysPerYear service days a year
 * @param horizonYears years over which delivery costs are counted against construction costs
 */
public record SitingRules(double minStationShare, int populationThreshold, double reachMetres, long stationDayCostFen,
        int serviceDaysPerYear, int horizonYears) {

    /** Tolerance of the share comparison, so that 0.55 × 20 villages asks 11 stations and not 12. */
    private static final double SHARE_TOLERANCE = 1e-9;

    /**
     * @throws IllegalArgumentException naming the value that is out of range
     */
    public SitingRules {
        if (!(minStationShare >= 0 && minStationShare <= 1)) {
            throw new IllegalArgumentException("The share of villages with a station must be between 0 and 1, got "
                    + minStationShare + ".");
        }
        if (populationThreshold < 0) {
            throw new IllegalArgumentException("The population threshold must not be negative, got "
                    + populationThreshold + ".");
        }
        if (!(reachMetres >= 0 && reachMetres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The reach must be a finite distance of 0 m or more, got " + reachMetres
                    + " m.");
        }
        if (stationDayCostFen < 0) {
            throw new IllegalArgumentException("The delivery cost of a station a day must not be negative, got "
                    + stationDayCostFen + " fen.");
        }
        if (serviceDaysPerYear < 0 || serviceDaysPerYear > 366) {
            throw new IllegalArgumentException("Service days a year must be between 0 and 366, got "
                    + serviceDaysPerYear + ".");
        }
        if (horizonYears < 0) {
            throw new IllegalArgumentException("The horizon must not be negative, got " + horizonYears + " years.");
        }
    }

    /** @return the stations a county of {@code villages} villages needs by the share rule: ⌈share × villages⌉ */
    public int requiredStations(int villages) {
        return (int) Math.ceil(minStationShare * villages - SHARE_TOLERANCE);
    }

    /** @return the delivery cost of one station over the horizon, fen */
    public long deliveryCostPerStationFen() {
        return stationDayCostFen * serviceDaysPerYear * horizonYears;
    }

    /** @return the reach as a sentence fragment, e.g. "3.0 km" */
    String reachText() {
        return String.format(Locale.ROOT, "%.1f km", reachMetres / 1000);
    }
}
