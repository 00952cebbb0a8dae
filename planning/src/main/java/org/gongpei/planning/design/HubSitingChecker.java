package org.gongpei.planning.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.planning.network.HubData;

/**
 * Recomputes a hub siting proposal from the raw sites, parcels and distances, apart from the search: which hubs are
 * open, where each village is served from, each hub's load against its capacity, the yearly fixed cost and the
 * estimated transport of the day.
 */
public final class HubSitingChecker {

    private HubSitingChecker() {
    }

    /**
     * The result of a check.
     *
     * @param fixedYuanPerYear the open hubs' running cost, plus opening for candidate sites, yuan a year
     * @param transportYuanPerDay the last mile per parcel-km of each village from where it is served, plus the
     *        trucks to the hubs, yuan
     * @param overCapacity the hubs that take more parcels than their capacity
     * @param misassigned the villages served from a hub that is not open, or not named at all
     */
    public record Check(long fixedYuanPerYear, double transportYuanPerDay, List<String> overCapacity,
            List<String> misassigned) {

        /** @return whether every village is served from an open hub or the centre and no hub is over capacity */
        public boolean passes() {
            return overCapacity.isEmpty() && misassigned.isEmpty();
        }
    }

    /** @return the proposal recomputed */
    public static Check check(HubSitingProblem problem, HubSitingProposal proposal, HubSitingSettings settings) {
        Set<String> open = new HashSet<>(proposal.openHubs());
        Map<String, Integer> siteIndex = new HashMap<>();
        long fixed = 0;
        for (int s = 0; s < problem.sites().size(); s++) {
            HubData hub = problem.sites().get(s);
            siteIndex.put(hub.code(), s);
            if (open.contains(hub.code())) {
                fixed += settings.runningYuanPerYear() + (hub.designated() ? 0 : settings.openingYuanPerYear());
            }
        }
        long[] load = new long[problem.sites().size()];
        double parcelKm = 0;
        List<String> misassigned = new ArrayList<>();
        for (int v = 0; v < problem.villageCodes().size(); v++) {
            String code = problem.villageCodes().get(v);
            String from = proposal.villageHubs().get(code);
            int parcels = problem.parcels()[v];
            if (HubSitingProposal.CENTRE.equals(from)) {
                parcelKm += parcels * problem.centreToVillageMetres()[v] / 1000;
            } else if (from != null && open.contains(from) && siteIndex.containsKey(from)) {
                int s = siteIndex.get(from);
                load[s] += parcels;
                parcelKm += parcels * problem.metres(s, v) / 1000;
            } else {
                misassigned.add(code);
            }
        }
        List<String> overCapacity = new ArrayList<>();
        double truckKm = 0;
        for (int s = 0; s < load.length; s++) {
            HubData hub = problem.sites().get(s);
            if (hub.capacityParcelsPerDay() != null && load[s] > hub.capacityParcelsPerDay()) {
                overCapacity.add(hub.code());
            }
            truckKm += Math.ceil((double) load[s] / settings.trunkParcelsPerTrip()) * problem.centreToHubMetres()[s]
                    / 1000;
        }
        return new Check(fixed, parcelKm * settings.lastMileYuanPerParcelKm() + truckKm * settings.trunkYuanPerKm(),
                List.copyOf(overCapacity), List.copyOf(misassigned));
    }
}
