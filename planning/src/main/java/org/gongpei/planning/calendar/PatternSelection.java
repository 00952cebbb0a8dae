package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.solver.calendar.CalendarDay;
import org.gongpei.solver.calendar.CalendarSolution;
import org.gongpei.solver.calendar.DepotCapacity;
import org.gongpei.solver.calendar.PatternChoice;
import org.gongpei.solver.calendar.PatternChooser;
import org.gongpei.solver.calendar.PatternRules;
import org.gongpei.solver.calendar.VillageNeeds;
import org.gongpei.solver.calendar.VillageVisits;
import org.gongpei.solver.calendar.VisitPattern;
import org.gongpei.solver.daily.model.DailyPlan;

/**
 * The visit pattern of each village: the patterns it may have ({@link PatternRules}), then one of them by the
 * {@link PatternChooser} (fewest visits by estimated visit cost, parcels per day within the fleet of the busiest
 * day, days evened out), or every village daily when the settings ask for it.
 */
final class PatternSelection {

    /**
     * The chosen patterns.
     *
     * @param patterns the pattern of each village, by village code
     * @param score the pattern chooser's score, "daily" when every village is visited daily
     */
    record Chosen(Map<String, VisitPattern> patterns, String score) {
    }

    private PatternSelection() {
    }

    /**
     * @return by village code, the patterns a village may have: the target, parcels assumed to arrive every day,
     *         chilled farm products of the week; or why it cannot meet the target
     */
    static Map<String, PatternChoice> allowed(List<VillageData> villages, VillageRoads roads, WeekDemand demand,
            CalendarSettings settings) {
        PatternRules rules = new PatternRules(settings.week(), settings.rules());
        Map<String, PatternChoice> choices = new HashMap<>();
        for (int v = 0; v < villages.size(); v++) {
            choices.put(villages.get(v).code(), rules.choose(needs(villages.get(v), roads.seconds()[v], demand)));
        }
        return choices;
    }

    /**
     * @param parcels by village code, the parcels arriving for it on each day of the week
     * @param typicalDay plans the typical day the visit costs are estimated from; asked only when patterns are chosen
     */
    static Chosen choose(CountyNetworkData county, WeekDemand demand, List<VillageData> villages,
            Map<String, int[]> parcels, Map<String, PatternChoice> choices, VillageRoads roads,
            CalendarSettings settings, Supplier<DailyPlan> typicalDay) {
        Map<String, VisitPattern> patterns = new HashMap<>();
        VisitPattern daily = VisitPattern.daily(settings.week());
        if (settings.everyVillageDaily()) {
            villages.forEach(village -> patterns.put(village.code(), daily));
            return new Chosen(patterns, "daily");
        }
        VisitCosts costs = VisitCosts.of(county, demand, settings.fleet());
        long[] visitFen = costs.visitFen(typicalDay.get(), villages, roads);
        List<VillageVisits> entities = new ArrayList<>();
        for (int v = 0; v < villages.size(); v++) {
            String code = villages.get(v).code();
            entities.add(new VillageVisits(code, roads.nearestDepot()[v], parcels.get(code), visitFen[v],
                    smallLoads(choices.get(code).allowed(), parcels.get(code), costs.vanParcels())));
        }
        int capacity = dayCapacity(parcels, daily);
        List<CalendarDay> days = settings.week().ordered().stream()
                .map(day -> new CalendarDay(day, capacity, costs.vanParcels(), costs.van().fixedCostFen())).toList();
        CalendarSolution solved = new PatternChooser(settings.patternTimeLimit())
                .solve(new CalendarSolution(days, depotCapacities(county, settings.hubs(), entities, daily), entities));
        solved.getVillages().forEach(village -> patterns.put(village.getVillageCode(), village.getPattern()));
        return new Chosen(patterns, solved.getScore() == null ? "" : solved.getScore().toString());
    }

    private static VillageNeeds needs(VillageData village, long roadSeconds, WeekDemand demand) {
        Set<DayOfWeek> chilledDays = EnumSet.noneOf(DayOfWeek.class);
        long chilledMax = Long.MAX_VALUE;
        for (UpShipment shipment : demand.allUp()) {
            if (shipment.villageCode().equals(village.code()) && shipment.chilled()
                    && shipment.maxHoursToColdStorage() != null) {
                chilledDays.add(shipment.readyTime().getDayOfWeek());
                chilledMax = Math.min(chilledMax, shipment.maxHoursToColdStorage() * 3600L);
            }
        }
        return new VillageNeeds(village.code(), village.name(), roadSeconds, EnumSet.allOf(DayOfWeek.class),
                chilledDays, chilledDays.isEmpty() ? 0 : chilledMax);
    }

    /**
     * The patterns whose largest visit fills at most {@value CalendarPlanner#LARGEST_VISIT_VAN_SHARE} of a van;
     * the most frequent allowed pattern when none does. A larger load shares its van with few others and often
     * needs a second van to the same village, so piling it up saves no van and drives farther.
     */
    static List<VisitPattern> smallLoads(List<VisitPattern> allowed, int[] parcelsByArrivalDay, int vanParcels) {
        List<VisitPattern> small = allowed.stream()
                .filter(pattern -> pattern.largestDelivery(parcelsByArrivalDay)
                        <= CalendarPlanner.LARGEST_VISIT_VAN_SHARE * vanParcels)
                .toList();
        return small.isEmpty() ? List.of(allowed.getLast()) : small;
    }

    /**
     * Per hub with a parcel capacity: the larger of that capacity and the parcels its villages (nearest by road)
     * receive on the busiest day of daily service, so that a calendar never loads a hub beyond what it handles
     * or what daily service already asks of it.
     */
    private static List<DepotCapacity> depotCapacities(CountyNetworkData county, HubChoice hubChoice,
            List<VillageVisits> villages, VisitPattern everyDay) {
        List<DepotCapacity> capacities = new ArrayList<>();
        for (HubData hub : county.hubs()) {
            if (hub.capacityParcelsPerDay() == null || (hubChoice != HubChoice.ALL && !hub.designated())) {
                continue;
            }
            int[] delivered = new int[7];
            for (VillageVisits village : villages) {
                if (hub.code().equals(village.getDepotCode())) {
                    int[] daily = everyDay.deliveries(village.getParcelsByArrivalDay());
                    for (int d = 0; d < 7; d++) {
                        delivered[d] += daily[d];
                    }
                }
            }
            int busiest = Arrays.stream(delivered).max().orElse(0);
            capacities.add(new DepotCapacity(hub.code(), Math.max(hub.capacityParcelsPerDay(), busiest)));
        }
        return capacities;
    }

    /** The fleet's day: the busiest day's arrivals × the fleet margin, or what daily visits need when more. */
    private static int dayCapacity(Map<String, int[]> parcels, VisitPattern daily) {
        int[] arriving = new int[7];
        int[] deliveredDaily = new int[7];
        for (int[] village : parcels.values()) {
            int[] delivered = daily.deliveries(village);
            for (int d = 0; d < 7; d++) {
                arriving[d] += village[d];
                deliveredDaily[d] += delivered[d];
            }
        }
        int busiestArrival = Arrays.stream(arriving).max().orElse(0);
        int busiestDaily = Arrays.stream(deliveredDaily).max().orElse(0);
        return Math.max((int) Math.ceil(busiestArrival * CalendarPlanner.FLEET_MARGIN), busiestDaily);
    }
}
