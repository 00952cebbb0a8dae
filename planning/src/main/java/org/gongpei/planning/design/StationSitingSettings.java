package org.gongpei.planning.design;

import java.time.Duration;
import java.util.Set;

import org.gongpei.solver.siting.SitingRules;

/**
 * How a county's stations are sited: the coverage rules, the costs and the solve.
 *
 * <p>ASSUMPTION (costs, demo defaults; every county sets its own): upgrading a building into a standard station
 * (改造: sign, shelves, a computer and a scanner in a village committee office or shop) 5,000 yuan; a new station
 * (新建, about 30 m²) 30,000 yuan. Huoqiu's programme (seed 001) pays 2,000 yuan per village and year for building and
 * running stations, which puts a station's cost in this range. Every village is assumed to have premises to upgrade
 * except those listed in {@code villagesWithoutPremises}, which can only get a new station.
 *
 * <p>ASSUMPTION (delivery cost): a station is one more van stop each service day, about a 2 km detour at 1 yuan/km
 * (DOMAIN.md, academic VRP parameters) plus 10 minutes of a driver's time, 5 yuan a day; 300 service days a year;
 * counted over 3 years (Huoqiu's three-year programme, seed 001) against the one-off construction cost.
 *
 * @param minStationShare share of villages that must have a station, 0 to 1 (seed 000: 0.5)
 * @param populationThreshold residents from which a village must have a station (seed 002: 500)
 * @param reachMetres longest road distance, each way, from a village without a station to the station of its
 *        township it is served from (tricycle reach)
 * @param upgradeCostYuan cost of upgrading a building into a station, yuan
 * @param newStationCostYuan cost of a new station, yuan
 * @param villagesWithoutPremises codes of villages without a building to upgrade
 * @param keepTodaysStations true to keep every station of today (kept as is or upgraded); false to let the plan do
 *        without a station of today that no rule needs when that saves its delivery cost
 * @param stationDayCostYuan delivery cost of a station a service day, yuan (two decimals kept)
 * @param serviceDaysPerYear service days a year
 * @param horizonYears years over which delivery costs are counted
 * @param timeLimit the search's time limit
 * @param randomSeed the search's random seed
 */
public record StationSitingSettings(double minStationShare, int populationThreshold, double reachMetres,
        long upgradeCostYuan, long newStationCostYuan, Set<String> villagesWithoutPremises, boolean keepTodaysStations,
        double stationDayCostYuan, int serviceDaysPerYear, int horizonYears, Duration timeLimit, long randomSeed) {

    /**
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public StationSitingSettings {
        if (upgradeCostYuan < 0 || newStationCostYuan < 0) {
            throw new IllegalArgumentException("Station costs must not be negative, got an upgrade of "
                    + upgradeCostYuan + " yuan and a new station of " + newStationCostYuan + " yuan.");
        }
        if (!(stationDayCostYuan >= 0 && stationDayCostYuan < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The delivery cost of a station a day must be 0 yuan or more, got "
                    + stationDayCostYuan + ".");
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, got " + timeLimit + ".");
        }
        villagesWithoutPremises = villagesWithoutPremises == null ? Set.of() : Set.copyOf(villagesWithoutPremises);
        rules(minStationShare, populationThreshold, reachMetres, stationDayCostYuan, serviceDaysPerYear, horizonYears);
    }

    /** @return the coverage rules and the delivery cost, as the search and the check take them */
    public SitingRules rules() {
        return rules(minStationShare, populationThreshold, reachMetres, stationDayCostYuan, serviceDaysPerYear,
                horizonYears);
    }

    /** The rules' own checks name a share, threshold, reach, service days or horizon out of range. */
    private static SitingRules rules(double minStationShare, int populationThreshold, double reachMetres,
            double stationDayCostYuan, int serviceDaysPerYear, int horizonYears) {
        return new SitingRules(minStationShare, populationThreshold, reachMetres, Math.round(stationDayCostYuan * 100),
                serviceDaysPerYear, horizonYears);
    }

    /**
     * @return the defaults: 50 % of villages, every village of 500 or more, 3 km reach, upgrade 5,000 and new
     *         30,000 yuan, today's stations kept, 5 yuan a station and day over 300 days and 3 years, 30 s, seed 0
     */
    public static StationSitingSettings defaults() {
        return new StationSitingSettings(0.5, 500, 3_000, 5_000, 30_000, Set.of(), true, 5.0, 300, 3,
                Duration.ofSeconds(30), 0);
    }

    /** @return these settings with another share of villages with a station */
    public StationSitingSettings withMinStationShare(double share) {
        return new StationSitingSettings(share, populationThreshold, reachMetres, upgradeCostYuan, newStationCostYuan,
                villagesWithoutPremises, keepTodaysStations, stationDayCostYuan, serviceDaysPerYear, horizonYears,
                timeLimit, randomSeed);
    }

    /** @return these settings with another reach */
    public StationSitingSettings withReachMetres(double metres) {
        return new StationSitingSettings(minStationShare, populationThreshold, metres, upgradeCostYuan,
                newStationCostYuan, villagesWithoutPremises, keepTodaysStations, stationDayCostYuan,
                serviceDaysPerYear, horizonYears, timeLimit, randomSeed);
    }

    /** @return these settings with another time limit and random seed */
    public StationSitingSettings withSearch(Duration limit, long seed) {
        return new StationSitingSettings(minStationShare, populationThreshold, reachMetres, upgradeCostYuan,
                newStationCostYuan, villagesWithoutPremises, keepTodaysStations, stationDayCostYuan,
                serviceDaysPerYear, horizonYears, limit, seed);
    }

    /** @return these settings, keeping every station of today or letting the plan do without those no rule needs */
    public StationSitingSettings withKeepTodaysStations(boolean keep) {
        return new StationSitingSettings(minStationShare, populationThreshold, reachMetres, upgradeCostYuan,
                newStationCostYuan, villagesWithoutPremises, keep, stationDayCostYuan, serviceDaysPerYear, horizonYears,
                timeLimit, randomSeed);
    }

    /** @return these settings with the villages that have no building to upgrade */
    public StationSitingSettings withVillagesWithoutPremises(Set<String> codes) {
        return new StationSitingSettings(minStationShare, populationThreshold, reachMetres, upgradeCostYuan,
                newStationCostYuan, codes, keepTodaysStations, stationDayCostYuan, serviceDaysPerYear, horizonYears,
                timeLimit, randomSeed);
    }
}
