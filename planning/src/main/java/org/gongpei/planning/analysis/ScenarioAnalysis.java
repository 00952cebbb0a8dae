package org.gongpei.planning.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
        PlanAccounting accounting = new PlanAccounting(parameters);
        List<ScenarioMetrics> metrics = runs.stream().map(accounting::metrics).toList();
        ScenarioRun joint = runs.stream().filter(run -> run.kind() == ScenarioKind.JOINT).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The analysis needs the joint scenario."));
        List<Savings> savings = new ArrayList<>();
        metrics.stream().filter(m -> m.kind() == ScenarioKind.SEPARATE).findFirst().ifPresent(separate -> metrics.stream()
                .filter(m -> m.kind() != ScenarioKind.SEPARATE).forEach(m -> savings.add(Savings.of(separate, m))));
        List<VillageCost> villages = new CostToServe(accounting).villages(county, joint.parts().getFirst());
        return new ScenarioReport(county.code(), county.name(), demand.date(), parameters, metrics, List.copyOf(savings),
                villages, CostToServe.townships(county, villages), parity == null ? null : Parity.of(villages, parity),
                subsidy == null ? null : SubsidyAnalysis.of(villages, subsidy, demand.date().getYear()));
    }

    /** @return the scenarios asked for, with the joint one always added (cost to serve is on it) */
    public static Set<ScenarioKind> withJoint(Set<ScenarioKind> kinds) {
        Set<ScenarioKind> all = kinds.isEmpty() ? EnumSet.noneOf(ScenarioKind.class) : EnumSet.copyOf(kinds);
        all.add(ScenarioKind.JOINT);
        return all;
    }
}
