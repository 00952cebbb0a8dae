package org.gongpei.planning.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub siting search's choice with its estimate (never the judgement of the network: that is the daily plans of
 * {@link HubComparison}).
 *
 * @param candidate the network chosen
 * @param openHubs the codes of its open hubs, in the county's order
 * @param villageHubs per village with parcels, the hub that takes it, or {@link #CENTRE} when the centre serves it
 * @param hubParcels parcels a day each open hub takes
 * @param fixedYuanPerYear the hubs' yearly fixed cost, yuan
 * @param transportYuanPerDay the estimated transport of the day, yuan
 */
public record HubSitingProposal(HubNetworkCandidate candidate, List<String> openHubs, Map<String, String> villageHubs,
        Map<String, Integer> hubParcels, long fixedYuanPerYear, double transportYuanPerDay) {

    /** The value of {@link #villageHubs} for a village served straight from the centre. */
    public static final String CENTRE = "CENTRE";

    public HubSitingProposal {
        openHubs = List.copyOf(openHubs);
        villageHubs = Collections.unmodifiableMap(new LinkedHashMap<>(villageHubs));
        hubParcels = Collections.unmodifiableMap(new LinkedHashMap<>(hubParcels));
    }

    /** @return the yearly cost the search minimised: fixed cost plus the day's transport times the service days */
    public double yearlyYuan(HubSitingSettings settings) {
        return fixedYuanPerYear + transportYuanPerDay * settings.serviceDaysPerYear();
    }
}
