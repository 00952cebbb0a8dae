package org.gongpei.service.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.design.StationCoverage;
import org.gongpei.planning.design.StationSitingResult;
import org.gongpei.planning.design.VillageStation;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.siting.StationChoice;
import org.gongpei.solver.siting.StationPlanCheck;

/**
 * A done station plan as stored and shown: every village's choice, each coverage rule as the independent checker
 * found it, per township, and the costs against a station in every village. Stored as JSON; a field added later
 * is a nullable object, so that older rows still read.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param roads the roads the distances come from: an uploaded network, the configured file, or the estimate
 * @param villages every village with its choice, in the county's order
 * @param rules each coverage rule: required, today's and the plan's figure, held or not, what breaks it
 * @param townships per township: villages, stations today and in the plan, construction cost
 * @param stationsToday villages with a station today
 * @param stations villages with a station in the plan
 * @param stationsKept today's stations kept as they are
 * @param stationsUpgraded stations upgraded from a building (改造)
 * @param stationsNew stations built new (新建)
 * @param stationsClosed today's stations the plan does without
 * @param constructionCostYuan the plan's construction cost, yuan: the sum of the villages' costs
 * @param allVillagesCostYuan the construction cost of a station in every village, yuan
 * @param deliveryCostYuan the delivery cost of the plan's stations over the horizon, yuan
 * @param passes whether the independent checker found every rule held
 * @param violations the checker's sentence per broken rule, in English
 * @param solveMillis wall-clock time of the search, milliseconds
 */
public record StationPlanResult(String countyCode, String countyName, RoadVersion roads, List<Village> villages,
        List<Rule> rules, List<Township> townships, Integer stationsToday, Integer stations, Integer stationsKept,
        Integer stationsUpgraded, Integer stationsNew, Integer stationsClosed, Long constructionCostYuan,
        Long allVillagesCostYuan, Long deliveryCostYuan, Boolean passes, List<String> violations, Long solveMillis) {

    /** The coverage rules, as the checker and the page name them. */
    public enum RuleName { SHARE, POOR, LARGE, TOWNSHIPS, REACH, CHOICES }

    /**
     * One village of the plan.
     *
     * @param choice NONE, EXISTING, UPGRADED or NEW
     * @param constructionCostYuan the cost of that choice, yuan (0 for none or a kept station)
     * @param servedFromCode the station it is served from (its own code with a station), null when none in reach
     * @param servedFromMetres road distance to that station, metres; -1 when none in reach
     */
    public record Village(String code, String name, String townshipCode, String townshipName, Double lat, Double lon,
            Integer population, Boolean poor, Boolean stationToday, String choice, Long constructionCostYuan,
            String servedFromCode, Double servedFromMetres) {
    }

    /**
     * One coverage rule.
     *
     * @param required what the rule asks: stations (SHARE), poor or large villages, townships, or villages
     * @param today the figure of today's stations; null for CHOICES
     * @param achieved the plan's figure, as the checker counts it
     * @param held whether the checker found the rule held
     * @param breaking the villages or townships that break it, as "name (code)"
     */
    public record Rule(RuleName rule, Integer required, Integer today, Integer achieved, Boolean held,
            List<String> breaking) {
    }

    /** One township: its villages, stations today and in the plan (upgraded and new among them), their cost. */
    public record Township(String code, String name, Integer villages, Integer stationsToday, Integer stations,
            Integer upgraded, Integer built, Long constructionCostYuan) {
    }

    /** @return the stored form of a siting result of the county on the roads */
    public static StationPlanResult of(CountyNetworkData county, StationSitingResult result, RoadVersion roads) {
        Map<String, String> townshipNames = new LinkedHashMap<>();
        county.townships().forEach(t -> townshipNames.put(t.code(), t.name()));
        List<Village> villages = new ArrayList<>();
        // per township: villages, stations today, stations in the plan, upgraded, built new
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Long> costs = new LinkedHashMap<>();
        county.townships().forEach(township -> counts.put(township.code(), new int[5]));
        for (int i = 0; i < result.villages().size(); i++) {
            VillageStation station = result.villages().get(i);
            VillageData village = county.villages().get(i);
            villages.add(new Village(station.code(), station.name(), station.townshipCode(),
                    townshipNames.getOrDefault(station.townshipCode(), station.townshipCode()), village.lat(),
                    village.lon(), village.population(), village.poor(), station.stationToday(),
                    station.choice().name(), station.constructionCostYuan(), station.servedFromCode(),
                    station.servedFromMetres()));
            int[] count = counts.computeIfAbsent(station.townshipCode(), code -> new int[5]);
            count[0]++;
            count[1] += station.stationToday() ? 1 : 0;
            count[2] += station.choice().hasStation() ? 1 : 0;
            count[3] += station.choice() == StationChoice.UPGRADED ? 1 : 0;
            count[4] += station.choice() == StationChoice.NEW ? 1 : 0;
            costs.merge(station.townshipCode(), station.constructionCostYuan(), Long::sum);
        }
        List<Township> townships = new ArrayList<>();
        counts.forEach((code, count) -> townships.add(new Township(code, townshipNames.getOrDefault(code, code),
                count[0], count[1], count[2], count[3], count[4], costs.getOrDefault(code, 0L))));
        StationPlanCheck check = result.check();
        return new StationPlanResult(result.countyCode(), result.countyName(), roads, villages,
                rules(check, result.today()), townships, result.today().stations(), check.stations(),
                result.stationsKept(), result.stationsUpgraded(), result.stationsNew(), result.stationsClosed(),
                check.constructionCostFen() / 100, result.allVillagesCostYuan(), check.deliveryCostFen() / 100,
                check.passes(), check.violations(), result.solveMillis());
    }

    /** Each rule from the independent check; today's figures from today's coverage. */
    private static List<Rule> rules(StationPlanCheck check, StationCoverage today) {
        int villages = check.villages();
        List<String> choices = new ArrayList<>(check.unassigned());
        choices.addAll(check.notAllowed());
        return List.of(
                new Rule(RuleName.SHARE, check.requiredStations(), today.stations(), check.stations(),
                        check.stations() >= check.requiredStations(), List.of()),
                rule(RuleName.POOR, today.poorVillages(), today.poorWithStation(), check.poorWithoutStation()),
                rule(RuleName.LARGE, today.largeVillages(), today.largeWithStation(), check.largeWithoutStation()),
                rule(RuleName.TOWNSHIPS, today.townships(), today.townshipsWithStation(),
                        check.townshipsWithoutStation()),
                rule(RuleName.REACH, villages, today.villagesWithinReach(), check.outOfReach()),
                new Rule(RuleName.CHOICES, villages, null, villages - choices.size(), choices.isEmpty(), choices));
    }

    private static Rule rule(RuleName name, int required, int today, List<String> breaking) {
        return new Rule(name, required, today, required - breaking.size(), breaking.isEmpty(), breaking);
    }
}
