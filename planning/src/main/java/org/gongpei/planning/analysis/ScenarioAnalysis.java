package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;

/**
 * Turns solved scenarios into the bureau's report: metrics and savings, cost to serve of the joint network,
 * parity and subsidy.
 */
public final class ScenarioAnalysis {

    private ScenarioAnalysis() {
    }

    /**
     * @param county the county
     * @param demand the analysed day
     * @param runs the solved scenarios; must include {@link ScenarioKind#JOINT}
     * @param parameters the accounting assumptions
     * @param parity parity options, or null for none
     * @param subsidy subsidy options, or null for none
     * @return the report
     * @throws IllegalArgumentException without a joint scenario
     */
    public static ScenarioReport report(CountyNetworkData county, DayDemand demand, List<ScenarioRun> runs,
            AnalysisParameters parameters, ParityOptions parity, SubsidyOptions subsidy) {
        return report(county, demand, runs, parameters, parity, subsidy, null, FleetSettings.defaults());
    }

    /**
     * @param current today's practice as entered, or null; when given it is reported as {@link ScenarioKind#CURRENT}
     *                and every planned scenario's saving against it is added
     * @param fleet   the county's fleet settings, pricing the brands of {@code current} without a stated cost
     */
    public static ScenarioReport report(CountyNetworkData county, DayDemand demand, List<ScenarioRun> runs,
            AnalysisParameters parameters, ParityOptions parity, SubsidyOptions subsidy, CurrentPractice current,
            FleetSettings fleet) {
        return report(county, demand, runs, parameters, parity, subsidy, current, fleet, null);
    }

    /**
     * @param tripMetres the road metres of today's practice's routes (see {@link PracticeRoads}); null when no brand
     *                   of {@code current} gives routes
     */
    public static ScenarioReport report(CountyNetworkData county, DayDemand demand, List<ScenarioRun> runs,
            AnalysisParameters parameters, ParityOptions parity, SubsidyOptions subsidy, CurrentPractice current,
            FleetSettings fleet, CurrentPractice.TripMetres tripMetres) {
        PlanAccounting accounting = new PlanAccounting(parameters);
        List<ScenarioMetrics> metrics = new ArrayList<>(runs.stream().map(accounting::metrics).toList());
        if (current != null) {
            metrics.add(current.metrics(demand, fleet, parameters, tripMetres));
        }
        ScenarioRun joint = runs.stream().filter(run -> run.kind() == ScenarioKind.JOINT).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The analysis needs the joint scenario."));
        List<Savings> savings = new ArrayList<>();
        metrics.stream().filter(m -> m.kind() == ScenarioKind.SEPARATE).findFirst().ifPresent(separate -> metrics.stream()
                .filter(m -> m.kind().planned() && m.kind() != ScenarioKind.SEPARATE)
                .forEach(m -> savings.add(Savings.of(separate, m, parameters.unservedPenaltyFenPerParcel()))));
        metrics.stream().filter(m -> m.kind() == ScenarioKind.CURRENT).findFirst().ifPresent(today -> metrics.stream()
                .filter(m -> m.kind().planned())
                .forEach(m -> savings.add(Savings.of(today, m, parameters.unservedPenaltyFenPerParcel()))));
        List<VillageCost> villages = new CostToServe(accounting).villages(county, joint.parts().getFirst());
        return new ScenarioReport(county.code(), county.name(), demand.date(), parameters, List.copyOf(metrics),
                List.copyOf(savings),
                villages, CostToServe.townships(county, villages), parity == null ? null : Parity.of(villages, parity),
                subsidy == null ? null : SubsidyAnalysis.of(villages, subsidy, demand.date().getYear()),
                null);
    }

    /**
     * @param seeds   the random seeds the scenarios were solved with
     * @param reports the report of each seed, in the same order
     * @return the report of the seed with the median joint cost, with the spread over all seeds
     */
    public static ScenarioReport overSeeds(List<Long> seeds, List<ScenarioReport> reports) {
        SeedSpread spread = SeedSpread.of(seeds, reports);
        return reports.get(seeds.indexOf(spread.shownSeed())).withSeeds(spread);
    }

    /** @return the scenarios asked for, with the joint one always added (cost to serve is on it) */
    public static Set<ScenarioKind> withJoint(Set<ScenarioKind> kinds) {
        Set<ScenarioKind> all = kinds.isEmpty() ? EnumSet.noneOf(ScenarioKind.class) : EnumSet.copyOf(kinds);
        all.add(ScenarioKind.JOINT);
        return all;
    }
}
