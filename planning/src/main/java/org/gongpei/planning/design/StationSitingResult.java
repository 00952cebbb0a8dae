package org.gongpei.planning.design;

import java.util.List;

import org.gongpei.solver.siting.StationPlanCheck;

/**
 * A proposed station plan for a county, with the figures the bureau reports.
 *
 * @param countyCode the county's admin code
 * @param countyName its name
 * @param villages every village with its choice, in the county's order
 * @param today the coverage of today's stations
 * @param proposed the coverage of the proposed plan
 * @param stationsKept today's stations kept as they are
 * @param stationsUpgraded stations upgraded from a building (改造)
 * @param stationsNew stations built new (新建)
 * @param stationsClosed today's stations the plan does without
 * @param constructionCostYuan the plan's construction cost, yuan
 * @param allVillagesCostYuan the construction cost of a station in every village (today's kept, the others
 *        upgraded where they have premises, otherwise built new), yuan: what the plan is compared with
 * @param deliveryCostYuan the delivery cost of the plan's stations over the horizon, yuan
 * @param check the independent check of every rule ({@code check.passes()} when the plan meets them all)
 * @param solveMillis wall-clock time of the search, milliseconds
 */
public record StationSitingResult(String countyCode, String countyName, List<VillageStation> villages,
        StationCoverage today, StationCoverage proposed, int stationsKept, int stationsUpgraded, int stationsNew,
        int stationsClosed, long constructionCostYuan, long allVillagesCostYuan, long deliveryCostYuan,
        StationPlanCheck check, long solveMillis) {

    public StationSitingResult {
        villages = List.copyOf(villages);
    }
}
