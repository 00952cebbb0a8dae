package org.gongpei.planning.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;

/**
 * The hub networks proposed for comparison, generated from the county and the day: today's network; the hub siting
 * search's network ({@link HubSiting}) when it differs from today's; and, when the day has chilled parcels, that
 * network with cold storage added at its open hub without cold storage whose villages have the most chilled parcels.
 * Every one of them is then judged by real daily plans ({@link HubComparison}), never by the search's estimate.
 *
 * @param candidates the candidates, today's first; their names are their {@link HubNetworkCandidate.Origin} names
 * @param siting the search's proposal
 * @param check the proposal recomputed by {@link HubSitingChecker}
 */
public record HubProposal(List<HubNetworkCandidate> candidates, HubSitingProposal siting,
        HubSitingChecker.Check check) {

    public HubProposal {
        candidates = List.copyOf(candidates);
    }

    /**
     * @param county the county with its hub sites
     * @param problem the sites, the day's parcels and the distances ({@link HubSitingProblem#of})
     * @param settings the costs
     * @return the proposed candidates
     */
    public static HubProposal of(CountyNetworkData county, HubSitingProblem problem, HubSitingSettings settings) {
        List<HubNetworkCandidate> candidates = new ArrayList<>();
        candidates.add(HubNetworkCandidate.today(HubNetworkCandidate.Origin.TODAY.name()));
        HubSitingProposal siting = HubSiting.propose(county, problem, settings, HubNetworkCandidate.Origin.SITING.name());
        HubNetworkCandidate base = candidates.getFirst();
        if (!siting.candidate().actions().isEmpty()) {
            candidates.add(siting.candidate());
            base = siting.candidate();
        }
        String chilledHub = mostChilled(problem, siting);
        if (chilledHub != null) {
            Map<String, HubAction> actions = new LinkedHashMap<>(base.actions());
            actions.put(chilledHub, HubAction.ADD_COLD_STORAGE);
            candidates.add(new HubNetworkCandidate(HubNetworkCandidate.Origin.COLD_STORAGE.name(),
                    HubNetworkCandidate.Origin.COLD_STORAGE, actions, base.capacities()));
        }
        return new HubProposal(candidates, siting, HubSitingChecker.check(problem, siting, settings));
    }

    /** @return the proposal's open hub without cold storage whose villages have the most chilled parcels, or null */
    static String mostChilled(HubSitingProblem problem, HubSitingProposal siting) {
        Map<String, Integer> chilled = new LinkedHashMap<>();
        for (int v = 0; v < problem.villageCodes().size(); v++) {
            String hub = siting.villageHubs().get(problem.villageCodes().get(v));
            if (problem.chilledParcels()[v] > 0 && !HubSitingProposal.CENTRE.equals(hub)) {
                chilled.merge(hub, problem.chilledParcels()[v], Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        for (HubData hub : problem.sites()) {
            int parcels = chilled.getOrDefault(hub.code(), 0);
            if (!hub.coldStorage() && parcels > most) {
                best = hub.code();
                most = parcels;
            }
        }
        return best;
    }
}
