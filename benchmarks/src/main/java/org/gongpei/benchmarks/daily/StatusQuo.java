package org.gongpei.benchmarks.daily;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.gongpei.planning.analysis.AnalysisParameters;
import org.gongpei.planning.analysis.CurrentPractice;
import org.gongpei.planning.analysis.PlanAccounting;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioPlanner;
import org.gongpei.planning.analysis.ScenarioRun;
import org.gongpei.planning.analysis.SolvedPart;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.daily.model.DailyParameters;

/**
 * The demo county's today's practice (现状) for the benchmark: no survey of Daming's brands is at hand, so it is
 * stated as the brands' separate networks (each from its own depot at the county seat, no township hubs) with every
 * van on one trip a day, solved once, and entered as each brand's vehicles and km a day, as a bureau would enter a
 * survey. It is a documented demo assumption, not data.
 */
final class StatusQuo {

    private StatusQuo() {
    }

    static CurrentPractice oneTripSeparate(CountyNetworkData county, DayDemand demand, MatrixSource matrices,
            DailyParameters daily, AnalysisParameters parameters) {
        ScenarioPlanner planner = new ScenarioPlanner(county, demand, HubChoice.DESIGNATED, matrices,
                daily.withMaxTripsPerVan(1).withRandomSeed(0));
        ScenarioRun separate = planner.run(EnumSet.of(ScenarioKind.SEPARATE),
                label -> System.err.println("status quo: solving " + label)).stream()
                .filter(run -> run.kind() == ScenarioKind.SEPARATE).findFirst().orElseThrow();
        PlanAccounting accounting = new PlanAccounting(parameters);
        List<CurrentPractice.BrandPractice> brands = new ArrayList<>();
        for (SolvedPart part : separate.parts()) {
            ScenarioMetrics metrics = accounting.metrics(new ScenarioRun(ScenarioKind.SEPARATE, List.of(part), ""));
            brands.add(new CurrentPractice.BrandPractice(part.label(), metrics.vehicleDays(), 1,
                    metrics.distanceMetres() / 1000.0, null));
        }
        int unserved = accounting.metrics(separate).unservedParcels();
        if (unserved > 0) {
            System.out.printf(Locale.ROOT, "The status quo's solve left %d parcels out: its vehicles and km are too low "
                    + "for the whole day, which today's practice is taken to serve.%n%n", unserved);
        }
        return new CurrentPractice(brands, "demo: separate brands, one trip a van, solved at the same limit");
    }

    static void print(CurrentPractice current) {
        System.out.println("Today's practice (demo status quo, one trip a van):");
        System.out.println();
        System.out.println("| brand | vehicles | trips a vehicle | km a day |");
        System.out.println("|---|---:|---:|---:|");
        for (CurrentPractice.BrandPractice b : current.brands()) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", b.brand(), b.vehicles(), b.tripsPerDay(),
                    b.kmPerDay());
        }
        System.out.println();
    }
}
