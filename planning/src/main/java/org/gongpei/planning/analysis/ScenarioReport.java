package org.gongpei.planning.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The bureau's analysis of a county day.
 *
 * @param countyCode the county
 * @param countyName its name
 * @param date the analysed day
 * @param parameters the accounting assumptions
 * @param scenarios the scenarios' metrics, in {@link ScenarioKind} order
 * @param savings joint and partial against separate, when both were run, and every planned scenario against
 *        today's practice, when it was entered
 * @param villages cost to serve of each village in the joint network
 * @param townships the villages' shares per township
 * @param parity cost parity with the provincial capital, when a reference was given
 * @param subsidy the subsidy phase-out, when a schedule was given
 * @param seeds how the figures vary with the solver's random seed; null in reports from before seeds were counted
 */
public record ScenarioReport(String countyCode, String countyName, LocalDate date, AnalysisParameters parameters,
        List<ScenarioMetrics> scenarios, List<Savings> savings, List<VillageCost> villages, List<TownshipCost> townships,
        Parity parity, SubsidyAnalysis subsidy, SeedSpread seeds) {

    /** @return this report with the spread over the seeds it was solved with */
    public ScenarioReport withSeeds(SeedSpread spread) {
        return new ScenarioReport(countyCode, countyName, date, parameters, scenarios, savings, villages, townships,
                parity, subsidy, spread);
    }

    /** @return the metrics of one scenario, if it was run */
    public Optional<ScenarioMetrics> scenario(ScenarioKind kind) {
        return scenarios.stream().filter(metrics -> metrics.kind() == kind).findFirst();
    }
}
