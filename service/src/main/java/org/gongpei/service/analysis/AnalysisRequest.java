package org.gongpei.service.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.analysis.CurrentPractice;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.SubsidyOptions;
import org.gongpei.planning.plan.HubChoice;

/**
 * A request to compare a county day's scenarios. Only {@code date} is required.
 *
 * @param date the analysed day
 * @param demandSeed the demand generator's seed; default 1
 * @param timeLimitSeconds the solver's limit for each daily plan solved, 1–600; default 10
 * @param hubs hubs of the shared network; default DESIGNATED
 * @param scenarios SEPARATE, JOINT, PARTIAL; default all three (JOINT is always run: cost to serve is on it)
 * @param province the province whose capital is the reference; default the county's province
 * @param referenceYuanPerParcel the capital's cost per parcel, overriding the province's stored reference of the
 *        analysed year (else the latest earlier, else the earliest later year, else the assumed default); &gt; 0
 * @param tolerancePercent "on par" tolerance, 0–100; default 10
 * @param remoteRoadMinutes villages this far by van from the centre are remote (exempt); 0 for no time rule; with
 *        {@code remoteVillages}, replaces the county's remote rule (without either, the county's rule applies, or
 *        the default of 60 minutes); default 60 when only the list is given
 * @param remoteVillages village codes declared remote
 * @param subsidyYuanPerParcel subsidy per parcel by year; default 0.3 / 0.2 / 0.1 / 0 from the analysed year
 * @param subsidyFlow DOWN, UP or BOTH; default BOTH
 * @param revenueYuanPerParcel the network's revenue per parcel; default 0.80
 * @param volumeGrowthPercent yearly growth of the villages' parcels; default 10
 * @param currentPractice today's practice (现状) of the brands, compared with the planned scenarios; optional
 * @param solverSeeds how many random seeds every scenario is solved with, 1–5, to show how much the figures owe to
 *        chance (the report gives each scenario's cost and each saving per seed, with their median); default 1
 * @param unservedPenaltyYuanPerParcel the price put on each parcel a scenario still leaves out, 0–1000 yuan: each
 *        side of a saving then carries it for its parcels left out, so scenarios that do not serve the same parcels are
 *        compared with the penalty shown; default none, and such scenarios are not comparable
 */
public record AnalysisRequest(LocalDate date, Long demandSeed, Integer timeLimitSeconds, HubChoice hubs,
        List<ScenarioKind> scenarios, String province, Double referenceYuanPerParcel, Double tolerancePercent,
        Integer remoteRoadMinutes, List<String> remoteVillages, Map<Integer, Double> subsidyYuanPerParcel,
        SubsidyOptions.Flow subsidyFlow, Double revenueYuanPerParcel, Double volumeGrowthPercent,
        CurrentPractice currentPractice, Integer solverSeeds, Double unservedPenaltyYuanPerParcel) {
}
