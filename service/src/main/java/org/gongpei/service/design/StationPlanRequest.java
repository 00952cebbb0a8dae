package org.gongpei.service.design;

import java.util.List;

/**
 * The settings of a station plan as asked for: every field may be left out for the default of
 * {@link org.gongpei.planning.design.StationSitingSettings#defaults()}; {@link StationPlanRequests#check} fills them
 * in. Stored with the job as JSON.
 *
 * @param minStationSharePercent share of villages that must have a station, 0–100 %
 * @param populationThreshold residents from which a village must have a station
 * @param reachMetres longest road distance, each way, from a village without a station to the station of its
 *        township it is served from, metres
 * @param upgradeCostYuan cost of upgrading a building into a station, yuan
 * @param newStationCostYuan cost of a new station, yuan
 * @param villagesWithoutPremises codes of the county's villages without a building to upgrade
 * @param keepTodaysStations whether every station of today is kept
 * @param stationDayCostYuan delivery cost of a station a service day, yuan
 * @param serviceDaysPerYear service days a year
 * @param horizonYears years over which delivery costs are counted
 * @param timeLimitSeconds the search's time limit, 1–600 s
 * @param randomSeed the search's random seed
 */
public record StationPlanRequest(Double minStationSharePercent, Integer populationThreshold, Double reachMetres,
        Long upgradeCostYuan, Long newStationCostYuan, List<String> villagesWithoutPremises,
        Boolean keepTodaysStations, Double stationDayCostYuan, Integer serviceDaysPerYear, Integer horizonYears,
        Integer timeLimitSeconds, Long randomSeed) {
}
