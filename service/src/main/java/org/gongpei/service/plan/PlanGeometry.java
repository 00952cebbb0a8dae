package org.gongpei.service.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.maps.Location;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/** Draws a planned route along the county's roads, with the vehicle type's road profile. */
@ApplicationScoped
public class PlanGeometry {

    /** Douglas–Peucker tolerance of the drawn lines, metres. */
    static final double TOLERANCE_METRES = 10;

    @Inject
    PlanService plans;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    /**
     * @throws PlanNotFoundException for an unknown plan or a vehicle without a route
     * @throws PlanConflictException while the plan is not done, or when a site of the route has left the county
     */
    public RouteLegs route(long planId, String vehicleId) {
        SolvedPlan solved = plans.solved(planId);
        PlannedRoute route = solved.plan().routes().stream().filter(r -> r.vehicleId().equals(vehicleId)).findFirst()
                .orElseThrow(() -> new PlanNotFoundException(planId, vehicleId));
        String profileName = solved.vehicleProfiles().get(route.vehicleType());
        if (profileName == null) {
            throw new PlanConflictException("Plan " + planId + " does not record the road profile of vehicle type "
                    + route.vehicleType());
        }
        VehicleProfile profile = VehicleProfile.valueOf(profileName);
        Map<String, Location> sites = sites(counties.network(solved.countyCode()));
        List<String> codes = new ArrayList<>();
        codes.add(route.depotCode());
        route.stops().stream().map(PlannedStop::siteCode).forEach(codes::add);
        codes.add(route.depotCode());

        if (solved.roads() != null && solved.roads().estimated()) {
            return new RouteLegs(vehicleId, profile.name(), straightLegs(sites, codes, planId), true);
        }
        RoadNetwork roads = solved.roads() != null ? roadNetworks.open(solved.roads())
                : roadNetworks.forCounty(solved.countyCode());
        List<double[][]> legs = new ArrayList<>();
        for (int i = 1; i < codes.size(); i++) {
            if (!codes.get(i).equals(codes.get(i - 1))) {
                legs.add(roads.route(profile, site(sites, codes.get(i - 1), planId), site(sites, codes.get(i), planId),
                        TOLERANCE_METRES).latLonPairs());
            }
        }
        return new RouteLegs(vehicleId, profile.name(), legs, false);
    }

    /** Straight lines between the stops, for a plan on estimated roads: no road to draw along. */
    private static List<double[][]> straightLegs(Map<String, Location> sites, List<String> codes, long planId) {
        List<double[][]> legs = new ArrayList<>();
        for (int i = 1; i < codes.size(); i++) {
            if (!codes.get(i).equals(codes.get(i - 1))) {
                Location from = site(sites, codes.get(i - 1), planId);
                Location to = site(sites, codes.get(i), planId);
                legs.add(new double[][] {{from.latitude(), from.longitude()}, {to.latitude(), to.longitude()}});
            }
        }
        return legs;
    }

    private static Map<String, Location> sites(CountyNetworkData county) {
        Map<String, Location> sites = new HashMap<>();
        sites.put(DailyProblems.centreCode(county),
                new Location(county.centre().name(), county.centre().lat(), county.centre().lon()));
        county.hubs().forEach(hub -> sites.put(hub.code(), new Location(hub.name(), hub.lat(), hub.lon())));
        county.villages().forEach(v -> sites.put(v.code(), new Location(v.name(), v.lat(), v.lon())));
        return sites;
    }

    private static Location site(Map<String, Location> sites, String code, long planId) {
        Location location = sites.get(code);
        if (location == null) {
            throw new PlanConflictException("Site " + code + " of plan " + planId
                    + " is no longer in the county; the county was changed after the plan was made");
        }
        return location;
    }
}
