package org.gongpei.planning.design;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;

/**
 * Chooses which hub sites of a county to keep or open: the least yearly cost of the hubs
 * ({@link HubNetworkCandidate#fixedYuanPerYear}) plus an estimate of the day's transport times the service days, by
 * a greedy local search from today's hubs: each step makes the best single change (open a site, close a hub, or
 * swap one for another) while one lowers the cost.
 *
 * <p>The estimate: each village (heaviest first) is taken by the nearest open hub by road that still has room for
 * its parcels and is nearer than the centre, else served from the centre; the last mile costs
 * {@link HubSitingSettings#lastMileYuanPerParcelKm} per parcel and km, and each hub used is supplied by
 * {@code ceil(parcels / trunkParcelsPerTrip)} truck round trips at {@link HubSitingSettings#trunkYuanPerKm}. The
 * search only proposes; {@link HubSitingChecker} recomputes a proposal's costs and capacities from the raw data.
 */
public final class HubSiting {

    private static final double IMPROVEMENT_YUAN = 0.5;

    private final HubSitingProblem problem;
    private final HubSitingSettings settings;
    private final CountyNetworkData county;
    private final int[][] nearestSites;
    private final Integer[] byParcels;

    private HubSiting(CountyNetworkData county, HubSitingProblem problem, HubSitingSettings settings) {
        this.county = county;
        this.problem = problem;
        this.settings = settings;
        int villages = problem.villageCodes().size();
        nearestSites = new int[villages][];
        for (int v = 0; v < villages; v++) {
            int village = v;
            nearestSites[v] = IntStream.range(0, problem.sites().size()).boxed()
                    .sorted(Comparator.comparingDouble(s -> problem.metres(s, village))).mapToInt(Integer::intValue)
                    .toArray();
        }
        byParcels = IntStream.range(0, villages).boxed()
                .sorted(Comparator.comparingInt((Integer v) -> -problem.parcels()[v])).toArray(Integer[]::new);
    }

    /**
     * @param county the county, whose hubs are the sites of {@code problem}
     * @param problem the sites, villages and distances
     * @param settings the costs
     * @param name the name of the proposed network
     * @return the proposal, today's hubs when no change lowers the cost
     */
    public static HubSitingProposal propose(CountyNetworkData county, HubSitingProblem problem,
            HubSitingSettings settings, String name) {
        if (!county.hubs().equals(problem.sites())) {
            throw new IllegalArgumentException("The siting problem is not of " + county.name() + "'s hub sites.");
        }
        HubSiting search = new HubSiting(county, problem, settings);
        boolean[] open = new boolean[problem.sites().size()];
        for (int s = 0; s < open.length; s++) {
            open[s] = problem.sites().get(s).designated();
        }
        double cost = search.yearly(open);
        while (true) {
            boolean[] best = null;
            double bestCost = cost - IMPROVEMENT_YUAN;
            for (int a = 0; a < open.length; a++) {
                boolean[] toggled = open.clone();
                toggled[a] = !toggled[a];
                double c = search.yearly(toggled);
                if (c < bestCost) {
                    best = toggled;
                    bestCost = c;
                }
                for (int b = 0; b < open.length; b++) {
                    if (open[a] && !open[b]) {
                        boolean[] swapped = open.clone();
                        swapped[a] = false;
                        swapped[b] = true;
                        double d = search.yearly(swapped);
                        if (d < bestCost) {
                            best = swapped;
                            bestCost = d;
                        }
                    }
                }
            }
            if (best == null) {
                break;
            }
            open = best;
            cost = bestCost;
        }
        return search.proposal(open, name);
    }

    private double yearly(boolean[] open) {
        Assignment assignment = assign(open);
        return candidate(open, "search").fixedYuanPerYear(county, settings)
                + assignment.transportYuanPerDay * settings.serviceDaysPerYear();
    }

    private HubSitingProposal proposal(boolean[] open, String name) {
        HubNetworkCandidate candidate = candidate(open, name);
        Assignment assignment = assign(open);
        Map<String, String> villageHubs = new LinkedHashMap<>();
        for (int v = 0; v < problem.villageCodes().size(); v++) {
            int site = assignment.siteOf[v];
            villageHubs.put(problem.villageCodes().get(v),
                    site < 0 ? HubSitingProposal.CENTRE : problem.sites().get(site).code());
        }
        Map<String, Integer> hubParcels = new LinkedHashMap<>();
        for (int s = 0; s < open.length; s++) {
            if (open[s]) {
                hubParcels.put(problem.sites().get(s).code(), assignment.load[s]);
            }
        }
        return new HubSitingProposal(candidate, candidate.openHubCodes(county), villageHubs, hubParcels,
                candidate.fixedYuanPerYear(county, settings), assignment.transportYuanPerDay);
    }

    private HubNetworkCandidate candidate(boolean[] open, String name) {
        Map<String, HubAction> actions = new LinkedHashMap<>();
        List<HubData> sites = problem.sites();
        for (int s = 0; s < open.length; s++) {
            HubData hub = sites.get(s);
            if (hub.designated() && !open[s]) {
                actions.put(hub.code(), HubAction.CLOSE);
            } else if (!hub.designated() && open[s]) {
                actions.put(hub.code(), HubAction.OPEN);
            }
        }
        return new HubNetworkCandidate(name, HubNetworkCandidate.Origin.SITING, actions, Map.of());
    }

    private Assignment assign(boolean[] open) {
        List<HubData> sites = problem.sites();
        long[] room = new long[sites.size()];
        for (int s = 0; s < room.length; s++) {
            Integer capacity = sites.get(s).capacityParcelsPerDay();
            room[s] = capacity == null ? Long.MAX_VALUE : capacity;
        }
        int[] siteOf = new int[problem.villageCodes().size()];
        Arrays.fill(siteOf, -1);
        int[] load = new int[sites.size()];
        double parcelMetres = 0;
        for (int v : byParcels) {
            int parcels = problem.parcels()[v];
            double metres = problem.centreToVillageMetres()[v];
            for (int s : nearestSites[v]) {
                if (problem.metres(s, v) >= metres) {
                    break;
                }
                if (open[s] && room[s] >= parcels) {
                    siteOf[v] = s;
                    metres = problem.metres(s, v);
                    room[s] -= parcels;
                    load[s] += parcels;
                    break;
                }
            }
            parcelMetres += parcels * metres;
        }
        double trunkMetres = 0;
        for (int s = 0; s < load.length; s++) {
            long trips = (load[s] + settings.trunkParcelsPerTrip() - 1) / settings.trunkParcelsPerTrip();
            trunkMetres += trips * problem.centreToHubMetres()[s];
        }
        return new Assignment(siteOf, load, parcelMetres / 1000 * settings.lastMileYuanPerParcelKm()
                + trunkMetres / 1000 * settings.trunkYuanPerKm());
    }

    private record Assignment(int[] siteOf, int[] load, double transportYuanPerDay) {
    }
}
