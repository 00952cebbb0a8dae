package org.gongpei.planning.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.gongpei.maps.Location;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.planning.plan.UnroutableVillageException;
import org.gongpei.solver.siting.SitingPlan;
import org.gongpei.solver.siting.SitingRules;
import org.gongpei.solver.siting.SitingTownship;
import org.gongpei.solver.siting.StationChoice;
import org.gongpei.solver.siting.StationPlanCheck;
import org.gongpei.solver.siting.StationPlanChecker;
import org.gongpei.solver.siting.StationSiter;
import org.gongpei.solver.siting.VillageDistances;
import org.gongpei.solver.siting.VillageSite;

/**
 * Proposes which villages of a county get a service station: every coverage rule of
 * {@link StationSitingSettings} met at the least construction and delivery cost; today's stations kept (or, with
 * {@link StationSitingSettings#withKeepTodaysStations} false, given up where no rule needs them and that is
 * cheaper). The plan is checked independently of the search
 * ({@link StationPlanChecker}).
 *
 * <p>Road distances between villages are those of the daily planner: the van matrix of the centre, the designated
 * hubs and the villages, in that order (the daily planner's list, so a cached matrix serves both).
 */
public final class StationSiting {

    private StationSiting() {
    }

    /**
     * @param county the county, its villages with today's stations
     * @param matrices the road matrices
     * @param settings rules, costs and search
     * @return the proposed plan with its figures
     * @throws UnroutableVillageException naming the village, hub or centre the roads cannot reach
     */
    public static StationSitingResult plan(CountyNetworkData county, MatrixSource matrices,
            StationSitingSettings settings) {
        return plan(county, roadDistances(county, matrices), settings);
    }

    /**
     * @param county the county, its villages with today's stations
     * @param distances road distances between the county's villages, in the county's order
     *        ({@link #roadDistances})
     * @param settings rules, costs and search
     * @return the proposed plan with its figures
     * @throws IllegalArgumentException when the distances are not between the county's villages
     */
    public static StationSitingResult plan(CountyNetworkData county, VillageDistances distances,
            StationSitingSettings settings) {
        return plan(county, distances, settings, stop -> {
        });
    }

    /**
     * Like {@link #plan(CountyNetworkData, VillageDistances, StationSitingSettings)}, handing over how to end the
     * search early: the plan is then the best found so far, checked as any other.
     *
     * @param onStop takes the action that ends the search early
     */
    public static StationSitingResult plan(CountyNetworkData county, VillageDistances distances,
            StationSitingSettings settings, Consumer<Runnable> onStop) {
        SitingPlan problem = problem(county, distances, settings);
        long start = System.nanoTime();
        SitingPlan solved = new StationSiter(settings.timeLimit(), settings.randomSeed()).solve(problem, onStop);
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        return result(county, solved, solveMillis);
    }

    /**
     * The van road distances between the county's villages, taken from the daily planner's matrix (centre,
     * designated hubs, villages).
     *
     * @throws UnroutableVillageException naming the village, hub or centre the roads cannot reach
     */
    public static VillageDistances roadDistances(CountyNetworkData county, MatrixSource matrices) {
        List<HubData> hubs = county.hubs().stream().filter(HubData::designated).toList();
        List<Location> locations = new ArrayList<>();
        List<String> names = new ArrayList<>();
        locations.add(new Location(DailyProblems.centreCode(county), county.centre().lat(), county.centre().lon()));
        names.add(county.centre().name());
        hubs.forEach(hub -> {
            locations.add(new Location(hub.code(), hub.lat(), hub.lon()));
            names.add(hub.name());
        });
        county.villages().forEach(village -> {
            locations.add(new Location(village.code(), village.lat(), village.lon()));
            names.add(village.name());
        });
        TravelMatrix matrix;
        try {
            matrix = matrices.matrix(VehicleProfile.VAN, locations);
        } catch (PointNotRoutableException e) {
            if (e.index() < 0 || e.index() >= locations.size()) {
                throw e;
            }
            String code = locations.get(e.index()).label();
            throw new UnroutableVillageException(code, names.get(e.index()), e.reason().name(), VehicleProfile.VAN.name(),
                    code + " " + names.get(e.index()) + " cannot be reached by " + VehicleProfile.VAN.name() + ": "
                            + e.getMessage(), e);
        }
        int first = 1 + hubs.size();
        int n = county.villages().size();
        double[] metres = new double[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                metres[a * n + b] = matrix.distanceMetres(first + a, first + b);
            }
        }
        return new VillageDistances(n, metres);
    }

    /** @return the siting problem of the county, every village unassigned */
    static SitingPlan problem(CountyNetworkData county, VillageDistances distances, StationSitingSettings settings) {
        List<VillageData> villages = county.villages();
        if (distances.size() != villages.size()) {
            throw new IllegalArgumentException("The distances are between " + distances.size() + " villages, but "
                    + county.name() + " has " + villages.size() + ".");
        }
        Map<String, String> townshipNames = new LinkedHashMap<>();
        for (TownshipData township : county.townships()) {
            townshipNames.put(township.code(), township.name());
        }
        Map<String, SitingTownship> townships = new LinkedHashMap<>();
        List<VillageSite> sites = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            VillageData village = villages.get(i);
            townships.computeIfAbsent(village.townshipCode(),
                    code -> new SitingTownship(code, townshipNames.getOrDefault(code, code)));
            long upgradeFen = settings.villagesWithoutPremises().contains(village.code()) ? VillageSite.NO_UPGRADE
                    : settings.upgradeCostYuan() * 100;
            sites.add(new VillageSite(i, village.code(), village.name(), village.townshipCode(), village.population(),
                    village.poor(), village.station(), settings.keepTodaysStations(), upgradeFen,
                    settings.newStationCostYuan() * 100, distances));
        }
        return new SitingPlan(settings.rules(), new ArrayList<>(townships.values()), distances, sites);
    }

    private static StationSitingResult result(CountyNetworkData county, SitingPlan solved, long solveMillis) {
        List<VillageSite> sites = solved.getVillages();
        SitingRules rules = solved.getRules();
        Map<String, List<VillageSite>> byTownship = new HashMap<>();
        sites.forEach(site -> byTownship.computeIfAbsent(site.getTownshipCode(), code -> new ArrayList<>()).add(site));
        List<VillageStation> villages = new ArrayList<>();
        int kept = 0;
        int upgraded = 0;
        int built = 0;
        int closed = 0;
        long allVillagesFen = 0;
        for (VillageSite site : sites) {
            StationChoice choice = site.getChoice();
            switch (choice) {
                case EXISTING -> kept++;
                case UPGRADED -> upgraded++;
                case NEW -> built++;
                case NONE -> closed += site.hasExistingStation() ? 1 : 0;
            }
            allVillagesFen += site.costFen(site.cheapestStation());
            String servedFrom = null;
            double servedMetres = -1;
            if (site.hasStation()) {
                servedFrom = site.getCode();
                servedMetres = 0;
            } else {
                for (VillageSite station : byTownship.get(site.getTownshipCode())) {
                    double metres = site.eachWayMetresTo(station);
                    if (station.hasStation() && metres <= rules.reachMetres()
                            && (servedFrom == null || metres < servedMetres)) {
                        servedFrom = station.getCode();
                        servedMetres = metres;
                    }
                }
            }
            villages.add(new VillageStation(site.getCode(), site.getName(), site.getTownshipCode(),
                    site.hasExistingStation(), choice, site.constructionCostFen() / 100, servedFrom, servedMetres));
        }
        StationPlanCheck check = StationPlanChecker.check(solved);
        return new StationSitingResult(county.code(), county.name(), villages,
                coverage(sites, solved, VillageSite::hasExistingStation), coverage(sites, solved, VillageSite::hasStation),
                kept, upgraded, built, closed, check.constructionCostFen() / 100, allVillagesFen / 100,
                check.deliveryCostFen() / 100, check, solveMillis);
    }

    /** @return the coverage figures when the villages matching {@code station} have one */
    private static StationCoverage coverage(List<VillageSite> sites, SitingPlan plan, Predicate<VillageSite> station) {
        SitingRules rules = plan.getRules();
        int stations = 0;
        int poor = 0;
        int poorWith = 0;
        int large = 0;
        int largeWith = 0;
        Map<String, Boolean> townships = new LinkedHashMap<>();
        for (VillageSite site : sites) {
            boolean has = station.test(site);
            stations += has ? 1 : 0;
            if (site.isPoor()) {
                poor++;
                poorWith += has ? 1 : 0;
            }
            if (site.getPopulation() >= rules.populationThreshold()) {
                large++;
                largeWith += has ? 1 : 0;
            }
            townships.merge(site.getTownshipCode(), has, Boolean::logicalOr);
        }
        int withinReach = 0;
        for (VillageSite site : sites) {
            if (station.test(site) || sites.stream().anyMatch(other -> station.test(other)
                    && other.getTownshipCode().equals(site.getTownshipCode())
                    && site.eachWayMetresTo(other) <= rules.reachMetres())) {
                withinReach++;
            }
        }
        int townshipsWith = (int) townships.values().stream().filter(Boolean::booleanValue).count();
        return new StationCoverage(sites.size(), stations, poor, poorWith, large, largeWith, townships.size(),
                townshipsWith, withinReach);
    }
}
