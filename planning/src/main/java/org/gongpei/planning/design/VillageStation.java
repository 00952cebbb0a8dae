package org.gongpei.planning.design;

import org.gongpei.solver.siting.StationChoice;

/**
 * One village in a station plan.
 *
 * @param code admin code
 * @param name name
 * @param townshipCode its township
 * @param stationToday whether it has a station today
 * @param choice what the plan gives it
 * @param constructionCostYuan the construction cost of that choice, yuan (0 for none or a kept station)
 * @param servedFromCode without a station: the nearest station of its township by road, null when none is within
 *        reach; with a station: its own code
 * @param servedFromMetres road distance to that station, the longer direction, metres; 0 with a station, -1 when
 *        none is within reach
 */
public record VillageStation(String code, String name, String townshipCode, boolean stationToday, StationChoice choice,
        long constructionCostYuan, String servedFromCode, double servedFromMetres) {
}
