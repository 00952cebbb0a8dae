package org.gongpei.solver.daily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.HubSite;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * The daily plan checker's rules at the hubs: cross-dock timing in both directions, chilled goods only at hubs
 * with cold storage, capacities, sorting time and loading docks.
 */
final class HubChecks {

    private HubChecks() {
    }

    static void check(DailyProblem problem, DailyPlan plan, Map<String, HubSite> hubs,
            List<String> problems) {
        long handling = problem.parameters().hubHandlingSeconds();
        Map<String, Long> lastDrop = new HashMap<>();
        Map<String, Long> firstDrop = new HashMap<>();
        Map<String, List<Long>> hubDepartures = new HashMap<>();
        Map<String, List<Loading>> hubLoadings = new HashMap<>();
        Map<String, Integer> dropped = new HashMap<>();
        Map<String, Integer> collected = new HashMap<>();
        for (PlannedRoute route : plan.routes()) {
            for (PlannedStop stop : route.stops()) {
                if (stop.kind() == PlannedStop.StopKind.HUB_DROP) {
                    lastDrop.merge(stop.siteCode(), stop.departureSeconds(), Math::max);
                    firstDrop.merge(stop.siteCode(), stop.departureSeconds(), Math::min);
                    dropped.merge(stop.siteCode(), stop.parcels(), Integer::sum);
                } else if (stop.kind() == PlannedStop.StopKind.HUB_COLLECT) {
                    collected.merge(stop.siteCode(), stop.pickupParcels(), Integer::sum);
                }
            }
        }
        Map<String, Long> lastReturnWithProducts = new HashMap<>();
        Map<String, Integer> delivered = new HashMap<>();
        Map<String, Integer> broughtBack = new HashMap<>();
        for (PlannedRoute route : plan.routes()) {
            if (route.echelon() != Echelon.LAST_MILE) {
                continue;
            }
            HubSite hub = hubs.get(route.depotCode());
            int parcels = route.parcels();
            int products = route.stops().stream().mapToInt(PlannedStop::pickupParcels).sum();
            delivered.merge(hub.code(), parcels, Integer::sum);
            broughtBack.merge(hub.code(), products, Integer::sum);
            if (parcels > 0) {
                Long drop = lastDrop.get(hub.code());
                if (drop == null) {
                    problems.add(route.vehicleId() + " delivers from hub " + hub.name() + ", where no trunk brings parcels.");
                } else if (route.departureSeconds() < drop + handling) {
                    problems.add(route.vehicleId() + " leaves hub " + hub.name() + " at " + Clock.format(route.departureSeconds())
                            + ", before the last trunk's parcels are re-loaded at " + Clock.format(drop + handling) + ".");
                }
                hubDepartures.computeIfAbsent(hub.code(), code -> new ArrayList<>()).add(route.departureSeconds());
            }
            hubLoadings.computeIfAbsent(hub.code(), code -> new ArrayList<>()).addAll(loadings(route, problem.parameters()));
            if (products > 0) {
                lastReturnWithProducts.merge(hub.code(), route.productsBackSeconds(), Math::max);
            }
            boolean chilled = route.stops().stream().flatMap(stop -> stop.pickups().stream()).anyMatch(FarmPickup::chilled);
            if (chilled && !hub.coldStorage()) {
                problems.add(route.vehicleId() + " brings chilled products to hub " + hub.name() + ", which has no cold storage.");
            }
        }
        for (PlannedRoute route : plan.routes()) {
            for (PlannedStop stop : route.stops()) {
                if (stop.kind() != PlannedStop.StopKind.HUB_COLLECT) {
                    continue;
                }
                Long back = lastReturnWithProducts.get(stop.siteCode());
                if (back == null || stop.serviceStartSeconds() < back + handling) {
                    problems.add(route.vehicleId() + " collects at hub " + stop.siteName() + " at "
                            + Clock.format(stop.serviceStartSeconds()) + ", before the vans' products are ready there.");
                }
            }
        }
        checkHubLimits(problem, hubs, lastDrop, firstDrop, dropped, hubDepartures, problems);
        checkDocks(problem, hubs, hubLoadings, problems);
        for (HubSite hub : problem.hubs()) {
            int in = delivered.getOrDefault(hub.code(), 0);
            if (in > dropped.getOrDefault(hub.code(), 0)) {
                problems.add("Hub " + hub.name() + " delivers " + in + " parcels but receives "
                        + dropped.getOrDefault(hub.code(), 0) + ".");
            }
            int up = broughtBack.getOrDefault(hub.code(), 0);
            if (up != collected.getOrDefault(hub.code(), 0)) {
                problems.add("Hub " + hub.name() + " receives " + up + " parcels of farm products but the trunk collects "
                        + collected.getOrDefault(hub.code(), 0) + ".");
            }
            if (in + up > hub.capacityParcelsPerDay()) {
                problems.add("Hub " + hub.name() + " handles " + (in + up) + " parcels, over its capacity of "
                        + hub.capacityParcelsPerDay() + ".");
            }
        }
    }

    /**
     * A hub sorting so many parcels an hour has its parcels ready that long after its first truck unloaded; no van
     * carrying parcels leaves before.
     */
    private static void checkHubLimits(DailyProblem problem, Map<String, HubSite> hubs, Map<String, Long> lastDrop,
            Map<String, Long> firstDrop, Map<String, Integer> dropped, Map<String, List<Long>> hubDepartures,
            List<String> problems) {
        int rate = problem.parameters().hubSortingParcelsPerHour();
        for (Map.Entry<String, List<Long>> entry : hubDepartures.entrySet()) {
            String code = entry.getKey();
            long ready = lastDrop.get(code) + problem.parameters().hubHandlingSeconds();
            if (rate > 0) {
                long sorted = firstDrop.get(code) + (long) Math.ceil(dropped.getOrDefault(code, 0) * 3600.0 / rate);
                ready = Math.max(ready, sorted);
            }
            long first = entry.getValue().stream().mapToLong(Long::longValue).min().orElse(ready);
            if (first < ready) {
                problems.add("Hub " + hubs.get(code).name() + ": a van leaves at " + Clock.format(first) + ", before "
                        + "its parcels are sorted at " + Clock.format(ready) + ".");
            }
        }
    }

    /** A dock busy loading one van. */
    private record Loading(String vehicleId, long startSeconds, long endSeconds) {
    }

    /**
     * A van's loadings at its hub: the first load takes the reload's fixed time before it leaves; a reload its
     * fixed time and the time per parcel brought back, before it leaves again.
     */
    private static List<Loading> loadings(PlannedRoute route, DailyParameters parameters) {
        List<Loading> loadings = new ArrayList<>();
        loadings.add(new Loading(route.vehicleId(), route.departureSeconds() - parameters.reloadSeconds(),
                route.departureSeconds()));
        int trip = 1;
        long returned = 0;
        for (PlannedStop stop : route.stops()) {
            if (stop.trip() != trip) {
                long reload = parameters.reloadSeconds() + parameters.reloadSecondsPerParcel() * returned;
                loadings.add(new Loading(route.vehicleId(), stop.tripDepartureSeconds() - reload,
                        stop.tripDepartureSeconds()));
                trip = stop.trip();
                returned = 0;
            }
            returned += stop.pickupParcels();
        }
        return loadings;
    }

    /** With so many docks, no more vans load at a hub at once, first loads and reloads alike. */
    private static void checkDocks(DailyProblem problem, Map<String, HubSite> hubs,
            Map<String, List<Loading>> hubLoadings, List<String> problems) {
        int docks = problem.parameters().hubDocks();
        if (docks == 0) {
            return;
        }
        for (Map.Entry<String, List<Loading>> entry : hubLoadings.entrySet()) {
            for (Loading loading : entry.getValue()) {
                List<String> atOnce = entry.getValue().stream()
                        .filter(other -> other.startSeconds() <= loading.startSeconds()
                                && loading.startSeconds() < other.endSeconds())
                        .map(Loading::vehicleId).toList();
                if (atOnce.size() > docks) {
                    problems.add("Hub " + hubs.get(entry.getKey()).name() + ": " + atOnce.size() + " vans load at "
                            + Clock.format(loading.startSeconds()) + " (" + String.join(", ", atOnce) + "); docks: " + docks
                            + ".");
                    break;
                }
            }
        }
    }
}
