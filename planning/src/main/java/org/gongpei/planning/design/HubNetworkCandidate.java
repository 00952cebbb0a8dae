package org.gongpei.planning.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;

/**
 * A hub network to compare: what it does with each hub site of the county. A site it does not name is kept as it is
 * today ({@link HubAction#KEEP}: a hub of today stays open, a candidate site stays closed).
 *
 * @param name the name shown beside its figures
 * @param origin where it comes from
 * @param actions the action per hub code; sites not named are kept as they are
 * @param capacities parcels a day per hub code where the candidate sets another capacity than the county's
 */
public record HubNetworkCandidate(String name, Origin origin, Map<String, HubAction> actions,
        Map<String, Integer> capacities) {

    /** Where a candidate comes from. */
    public enum Origin {
        /** Today's hubs as they are. */
        TODAY,
        /** The hub siting search's choice ({@link HubSiting}). */
        SITING,
        /** The siting search's network with cold storage at the open hub with the most chilled parcels. */
        COLD_STORAGE,
        /** Given by the user. */
        USER
    }

    /** @throws IllegalArgumentException without a name, or for a capacity below 1 */
    public HubNetworkCandidate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A hub network candidate needs a name.");
        }
        actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions == null ? Map.of() : actions));
        capacities = Collections.unmodifiableMap(new LinkedHashMap<>(capacities == null ? Map.of() : capacities));
        capacities.forEach((code, capacity) -> {
            if (capacity == null || capacity < 1) {
                throw new IllegalArgumentException("Hub " + code + " needs a capacity of 1 parcel a day or more, got "
                        + capacity + ".");
            }
        });
    }

    /** @return today's network: every hub of today kept, no candidate site opened */
    public static HubNetworkCandidate today(String name) {
        return new HubNetworkCandidate(name, Origin.TODAY, Map.of(), Map.of());
    }

    /**
     * The county with this candidate's hubs: each open hub is {@code designated} (so a daily plan with
     * {@link org.gongpei.planning.plan.HubChoice#DESIGNATED} uses exactly them), the others not; cold storage and
     * capacities as the candidate sets them.
     *
     * @throws IllegalArgumentException naming a hub code the county does not have
     */
    public CountyNetworkData network(CountyNetworkData county) {
        requireKnownHubs(county);
        List<HubData> hubs = new ArrayList<>();
        for (HubData hub : county.hubs()) {
            hubs.add(new HubData(hub.code(), hub.name(), hub.townshipCode(), hub.lat(), hub.lon(), opens(hub),
                    hub.coldStorage() || action(hub) == HubAction.ADD_COLD_STORAGE,
                    capacities.getOrDefault(hub.code(), hub.capacityParcelsPerDay())));
        }
        return county.withHubs(hubs);
    }

    /** @return the action for a hub: the one named, else {@link HubAction#KEEP} */
    public HubAction action(HubData hub) {
        return actions.getOrDefault(hub.code(), HubAction.KEEP);
    }

    /** @return whether the hub is open in this network */
    public boolean opens(HubData hub) {
        return switch (action(hub)) {
            case KEEP -> hub.designated();
            case CLOSE -> false;
            case OPEN, ADD_COLD_STORAGE -> true;
        };
    }

    /** @return the codes of the hubs open in this network, in the county's order */
    public List<String> openHubCodes(CountyNetworkData county) {
        requireKnownHubs(county);
        return county.hubs().stream().filter(this::opens).map(HubData::code).toList();
    }

    /**
     * The hubs' yearly fixed cost: every open hub's running cost, plus the opening cost of each candidate site
     * opened, plus cold storage where the network adds it to a hub without it.
     *
     * @return yuan a year
     */
    public long fixedYuanPerYear(CountyNetworkData county, HubSitingSettings settings) {
        requireKnownHubs(county);
        long sum = 0;
        for (HubData hub : county.hubs()) {
            if (!opens(hub)) {
                continue;
            }
            sum += settings.runningYuanPerYear();
            sum += hub.designated() ? 0 : settings.openingYuanPerYear();
            sum += action(hub) == HubAction.ADD_COLD_STORAGE && !hub.coldStorage() ? settings.coldStorageYuanPerYear()
                    : 0;
        }
        return sum;
    }

    private void requireKnownHubs(CountyNetworkData county) {
        Set<String> codes = county.hubs().stream().map(HubData::code).collect(Collectors.toSet());
        for (String code : actions.keySet()) {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("Candidate " + name + " names hub " + code + ", which "
                        + county.name() + " does not have.");
            }
        }
        for (String code : capacities.keySet()) {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("Candidate " + name + " sets the capacity of hub " + code
                        + ", which " + county.name() + " does not have.");
            }
        }
    }
}
