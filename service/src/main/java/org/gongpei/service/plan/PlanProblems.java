package org.gongpei.service.plan;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.fleet.FleetSettingsStore;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;

/**
 * Builds the day's problem of a stored plan: its county, its demand, the fleet of the county's settings (the
 * version the plan recorded) sized for that demand and the
 * road matrices of the county (kept on disk in {@code gongpei.plans.matrix-cache-dir}).
 */
@ApplicationScoped
public class PlanProblems {

    @ConfigProperty(name = "gongpei.plans.matrix-cache-dir", defaultValue = "data/matrices")
    Path matrixCacheDir;

    /** Trips a delivery van may drive in a day (1: one trip, no reloads). */
    @ConfigProperty(name = "gongpei.plans.max-trips-per-van", defaultValue = "3")
    int maxTripsPerVan;

    @Inject
    PlanService plans;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    FleetSettingsStore fleetSettings;

    /** The county and the day's demand of a stored plan, with the fleet sized for them from the settings. */
    public record Day(CountyNetworkData county, DayDemand demand, DailyFleet fleet, FleetSettings settings) {
    }

    /**
     * @param fleetSettingsVersion the version of the county's fleet settings the plan is built with
     * @return the county, demand and fleet of the plan's day
     */
    public Day day(String countyCode, String demandJson, int fleetSettingsVersion) {
        CountyNetworkData county = counties.network(countyCode);
        DayDemand demand = plans.demand(demandJson);
        FleetSettings settings = fleetSettings.version(countyCode, fleetSettingsVersion).settings();
        return new Day(county, demand, DailyFleet.sizedFor(county, demand, settings), settings);
    }

    /**
     * @param roads the road network the plan is solved on; null for the county's current one
     * @return the day's problem on the county's roads
     */
    public DailyProblem problem(String countyCode, RoadVersion roads, Day day, HubChoice hubs, Duration timeLimit) {
        RoadVersion version = roads != null ? roads : roadNetworks.current(countyCode);
        MatrixSource matrices = roadNetworks.matrices(version, matrixCacheDir);
        return DailyProblems.build(day.county(), day.demand(), day.fleet(), hubs, matrices,
                day.settings().applyTo(DailyParameters.defaults(timeLimit).withMaxTripsPerVan(maxTripsPerVan)));
    }

    /**
     * The day's problem of a stored plan, built again as its solve built it (the road matrices come from the
     * disk cache).
     */
    public DailyProblem problem(String countyCode, RoadVersion roads, HubChoice hubs, String demandJson,
            int fleetSettingsVersion, Duration timeLimit) {
        return problem(countyCode, roads, day(countyCode, demandJson, fleetSettingsVersion), hubs, timeLimit);
    }
}
