package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.gongpei.maps.Location;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.calendar.AgeRules;
import org.gongpei.solver.calendar.CalendarChecker;
import org.gongpei.solver.calendar.CalendarDay;
import org.gongpei.solver.calendar.CalendarSolution;
import org.gongpei.solver.calendar.DepotCapacity;
import org.gongpei.solver.calendar.PatternChoice;
import org.gongpei.solver.calendar.PatternChooser;
import org.gongpei.solver.calendar.PatternRules;
import org.gongpei.solver.calendar.VillageAge;
import org.gongpei.solver.calendar.VillageNeeds;
import org.gongpei.solver.calendar.VillageVisits;
import org.gongpei.solver.calendar.VisitPattern;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * Plans a county's weekly service calendar for a week's demand:
 * <ol>
 * <li>the road time and distance of every village from the centre and its nearest hub (van matrix);</li>
 * <li>the visit patterns each village may have ({@link PatternRules}: the target, parcels assumed to arrive
 * every day, chilled farm products of the week), villages that cannot meet the target named with the reason
 * and visited on every service day;</li>
 * <li>a pattern per village ({@link PatternChooser}): fewest visits by estimated visit cost, parcels per day
 * within the fleet of the busiest day, days evened out — or every village daily;</li>
 * <li>each service day planned by the {@link DailyPlanner} with the parcels the visited villages accumulated
 * since their previous visit (farm products likewise, keeping their time of day);</li>
 * <li>every parcel's age recomputed from the routes by the independent {@link CalendarChecker}.</li>
 * </ol>
 * The vans a depot needs on a day are estimated from its villages' loads (nearest depot by road), each load
 * taking its expected share of the hub van ({@link CalendarDay#vanShareMillis}: the larger the load, the more
 * space it wastes), at the van's fixed cost. A visit's own cost is estimated as the van's cost per km × the
 * distance its route saves without it on a typical day planned with every village visited (Wednesday, or the
 * first service day); a village not on that day's routes takes its detour between its nearest neighbour
 * (village or depot) and its second nearest instead (ASSUMPTION: a route that serves the village passes its
 * neighbours). The fleet's day is {@value #FLEET_MARGIN} × the busiest day's parcels (the sizing margin of
 * {@link DailyFleet}) or, when larger, what visiting every village daily needs. A service day whose plan leaves
 * a village's parcels out for want of vans is planned again once with {@value #EXTRA_VANS_FACTOR} × the vans.
 */
public final class CalendarPlanner {

    /** Delivery vans of a service day planned again because its plan left parcels out, against the sized fleet. */
    public static final double EXTRA_VANS_FACTOR = 1.5;
    /** The fleet's day against the busiest day's parcels. */
    public static final double FLEET_MARGIN = DailyFleet.SIZING_MARGIN;
    /** The largest load a visit of a less than daily pattern may bring, as a share of a van. */
    public static final double LARGEST_VISIT_VAN_SHARE = 0.5;

    private volatile boolean stopped;
    private volatile DailyPlanner current;

    /**
     * @param county the county
     * @param demand the week's demand
     * @param settings target, service days, time limits
     * @param matrices road matrices
     * @param progress told the phase and the fraction done; may be null
     * @return the planned week
     */
    public WeekCalendar plan(CountyNetworkData county, WeekDemand demand, CalendarSettings settings,
            MatrixSource matrices, BiConsumer<String, Double> progress) {
        BiConsumer<String, Double> report = progress == null ? (phase, done) -> { } : progress;
        report.accept("road times", 0.0);
        Map<String, int[]> parcels = parcelsByVillage(demand);
        List<VillageData> villages = county.villages().stream()
                .filter(village -> parcels.containsKey(village.code()) || shipsAny(demand, village.code())).toList();
        villages.forEach(village -> parcels.putIfAbsent(village.code(), new int[7]));
        Roads roads = roads(county, villages, settings.hubs(), matrices);

        report.accept("visit patterns", 0.05);
        PatternRules rules = new PatternRules(settings.week(), settings.rules());
        Map<String, PatternChoice> choices = new HashMap<>();
        for (int v = 0; v < villages.size(); v++) {
            choices.put(villages.get(v).code(), rules.choose(needs(villages.get(v), roads.seconds[v], demand)));
        }
        Map<String, VisitPattern> patterns = new HashMap<>();
        String score = choosePatterns(county, demand, villages, parcels, choices, roads, settings, matrices, patterns);

        Map<DayOfWeek, DailyPlan> days = new EnumMap<>(DayOfWeek.class);
        List<DayOfWeek> serviceDays = settings.week().ordered();
        for (int d = 0; d < serviceDays.size() && !stopped; d++) {
            DayOfWeek day = serviceDays.get(d);
            report.accept("day " + (d + 1) + "/" + serviceDays.size(), 0.1 + 0.9 * d / serviceDays.size());
            DayDemand dayDemand = accumulated(demand, day, patterns);
            if (dayDemand.down().isEmpty() && dayDemand.up().isEmpty()) {
                continue;
            }
            DailyFleet fleet = DailyFleet.sizedFor(county, dayDemand);
            DailyPlan plan = planDay(county, dayDemand, fleet, settings, matrices);
            if (!stopped && leavesParcelsOut(plan)) {
                report.accept("day " + (d + 1) + "/" + serviceDays.size() + " again, more vans",
                        0.1 + 0.9 * (d + 0.5) / serviceDays.size());
                DailyPlan again = planDay(county, dayDemand, fleet.withMoreDeliveryVans(EXTRA_VANS_FACTOR), settings,
                        matrices);
                if (parcelsLeftOut(again) < parcelsLeftOut(plan)) {
                    plan = again;
                }
            }
            days.put(day, plan);
        }
        report.accept("parcel ages", 1.0);
        return new WeekCalendar(settings, calendars(villages, parcels, choices, patterns, roads, days, settings.rules()),
                days, WeekTotals.of(days), score);
    }

    private DailyPlan planDay(CountyNetworkData county, DayDemand demand, DailyFleet fleet, CalendarSettings settings,
            MatrixSource matrices) {
        DailyPlanner planner = new DailyPlanner();
        current = planner;
        return planner.plan(DailyProblems.build(county, demand, fleet, settings.hubs(), matrices,
                DailyParameters.defaults(settings.dayTimeLimit())), null);
    }

    private static boolean leavesParcelsOut(DailyPlan plan) {
        return parcelsLeftOut(plan) > 0;
    }

    private static int parcelsLeftOut(DailyPlan plan) {
        return plan.unserved().stream().mapToInt(Unserved::parcels).sum();
    }

    /** Asks a running {@link #plan} to finish soon: the running day ends early, later days are not planned. */
    public void stop() {
        stopped = true;
        DailyPlanner planner = current;
        if (planner != null) {
            planner.terminateEarly();
        }
    }

    private static Map<String, int[]> parcelsByVillage(WeekDemand demand) {
        Map<String, int[]> parcels = new LinkedHashMap<>();
        for (DownParcels row : demand.allDown()) {
            if (row.parcels() > 0) {
                parcels.computeIfAbsent(row.villageCode(), code -> new int[7])[row.date().getDayOfWeek().ordinal()]
                        += row.parcels();
            }
        }
        return parcels;
    }

    private static boolean shipsAny(WeekDemand demand, String code) {
        return demand.allUp().stream().anyMatch(shipment -> shipment.villageCode().equals(code));
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

    private String choosePatterns(CountyNetworkData county, WeekDemand demand, List<VillageData> villages, Map<String, int[]> parcels,
            Map<String, PatternChoice> choices, Roads roads, CalendarSettings settings, MatrixSource matrices,
            Map<String, VisitPattern> patterns) {
        VisitPattern daily = VisitPattern.daily(settings.week());
        if (settings.everyVillageDaily()) {
            villages.forEach(village -> patterns.put(village.code(), daily));
            return "daily";
        }
        VehicleType van = hubVan(county, demand);
        int vanParcels = vanParcels(van, demand);
        Map<String, Long> gains = removalGains(referenceDay(county, demand, settings, matrices), roads.matrix(),
                roads.index());
        List<VillageVisits> entities = new ArrayList<>();
        for (int v = 0; v < villages.size(); v++) {
            String code = villages.get(v).code();
            long visitMetres = gains.getOrDefault(code, roads.detourMetres[v]);
            entities.add(new VillageVisits(code, roads.nearestDepot[v], parcels.get(code),
                    visitMetres * van.costPerKilometreFen() / 1_000,
                    smallLoads(choices.get(code).allowed(), parcels.get(code), vanParcels)));
        }
        int capacity = dayCapacity(parcels, daily);
        List<CalendarDay> days = settings.week().ordered().stream()
                .map(day -> new CalendarDay(day, capacity, vanParcels, van.fixedCostFen())).toList();
        CalendarSolution solved = new PatternChooser(settings.patternTimeLimit())
                .solve(new CalendarSolution(days, depotCapacities(county, settings.hubs(), entities, daily), entities));
        solved.getVillages().forEach(village -> patterns.put(village.getVillageCode(), village.getPattern()));
        return solved.getScore() == null ? "" : solved.getScore().toString();
    }

    /**
     * The patterns whose largest visit fills at most {@value #LARGEST_VISIT_VAN_SHARE} of a van; the most frequent
     * allowed pattern when none does. A larger load shares its van with few others and often needs a second van
     * to the same village, so piling it up saves no van and drives farther.
     */
    static List<VisitPattern> smallLoads(List<VisitPattern> allowed, int[] parcelsByArrivalDay, int vanParcels) {
        List<VisitPattern> small = allowed.stream()
                .filter(pattern -> pattern.largestDelivery(parcelsByArrivalDay) <= LARGEST_VISIT_VAN_SHARE * vanParcels)
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

    /**
     * A typical day planned with every village visited: Wednesday's own demand, or the first service day's when
     * Wednesday is no service day.
     */
    private DailyPlan referenceDay(CountyNetworkData county, WeekDemand demand, CalendarSettings settings,
            MatrixSource matrices) {
        DayOfWeek day = settings.week().days().contains(DayOfWeek.WEDNESDAY) ? DayOfWeek.WEDNESDAY
                : settings.week().ordered().getFirst();
        DayDemand own = demand.days().get(day);
        return planDay(county, own, DailyFleet.sizedFor(county, own), settings, matrices);
    }

    /**
     * Per village on a planned day's routes, the metres its route would save without it: for each of its visits
     * (its consecutive stops taken as one), the way from the site before through it to the site after, less the
     * direct way; sites missing from the index are skipped.
     */
    static Map<String, Long> removalGains(DailyPlan plan, TravelMatrix matrix, Map<String, Integer> index) {
        Map<String, Long> gains = new HashMap<>();
        for (PlannedRoute route : plan.routes()) {
            List<String> sites = new ArrayList<>();
            List<Boolean> villageStop = new ArrayList<>();
            sites.add(route.depotCode());
            villageStop.add(false);
            for (PlannedStop stop : route.stops()) {
                boolean village = stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY
                        || stop.kind() == PlannedStop.StopKind.VILLAGE_PICKUP;
                if (!stop.siteCode().equals(sites.getLast())) {
                    sites.add(stop.siteCode());
                    villageStop.add(village);
                }
            }
            sites.add(route.depotCode());
            villageStop.add(false);
            for (int i = 1; i < sites.size() - 1; i++) {
                Integer before = index.get(sites.get(i - 1));
                Integer at = index.get(sites.get(i));
                Integer after = index.get(sites.get(i + 1));
                if (!villageStop.get(i) || before == null || at == null || after == null) {
                    continue;
                }
                long gain = Math.round(matrix.distanceMetres(before, at) + matrix.distanceMetres(at, after)
                        - matrix.distanceMetres(before, after));
                gains.merge(sites.get(i), Math.max(0, gain), Long::sum);
            }
        }
        return gains;
    }

    /** The hub van of the default fleet of the week's Monday. */
    private static VehicleType hubVan(CountyNetworkData county, WeekDemand demand) {
        return DailyFleet.sizedFor(county, demand.days().get(DayOfWeek.MONDAY)).vehicleTypes().stream()
                .filter(type -> type.code().equals(DailyFleet.HUB_VAN)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The default fleet has no hub van."));
    }

    /** Average parcels of the week a van carries: its tightest dimension of parcels, weight and volume. */
    private static int vanParcels(VehicleType van, WeekDemand demand) {
        long parcels = 0;
        double kilograms = 0;
        double cubicMetres = 0;
        for (DownParcels row : demand.allDown()) {
            parcels += row.parcels();
            kilograms += row.weightKg();
            cubicMetres += row.volumeM3();
        }
        double fit = van.capacity().get(TemperatureClass.AMBIENT, Dimension.PARCELS);
        if (parcels > 0) {
            fit = Math.min(fit, van.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS) / (kilograms * 1_000 / parcels));
            fit = Math.min(fit, van.capacity().get(TemperatureClass.AMBIENT, Dimension.CUBIC_CENTIMETRES)
                    / (cubicMetres * 1_000_000 / parcels));
        }
        return Math.max(1, (int) Math.floor(fit));
    }

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
        return Math.max((int) Math.ceil(busiestArrival * FLEET_MARGIN), busiestDaily);
    }

    /** The day's demand: each visited village's rows since its previous visit, dated to the day. */
    static DayDemand accumulated(WeekDemand demand, DayOfWeek day, Map<String, VisitPattern> patterns) {
        LocalDate date = demand.dateOf(day);
        List<DownParcels> down = new ArrayList<>();
        for (DownParcels row : demand.allDown()) {
            VisitPattern pattern = patterns.get(row.villageCode());
            if (pattern != null && pattern.deliveryDay(row.date().getDayOfWeek()) == day) {
                down.add(new DownParcels(date, row.villageCode(), row.carrier(), row.parcels(), row.chilledParcels(),
                        row.volumeM3(), row.weightKg()));
            }
        }
        List<UpShipment> up = new ArrayList<>();
        for (UpShipment shipment : demand.allUp()) {
            VisitPattern pattern = patterns.get(shipment.villageCode());
            if (pattern != null && pattern.deliveryDay(shipment.readyTime().getDayOfWeek()) == day) {
                up.add(new UpShipment(shipment.villageCode(), shipment.product(), shipment.parcels(),
                        shipment.weightKg(), shipment.volumeM3(), date.atTime(shipment.readyTime().toLocalTime()),
                        shipment.chilled(), shipment.maxHoursToColdStorage()));
            }
        }
        return new DayDemand(date, down, up);
    }

    private static List<VillageCalendar> calendars(List<VillageData> villages, Map<String, int[]> parcels,
            Map<String, PatternChoice> choices, Map<String, VisitPattern> patterns, Roads roads,
            Map<DayOfWeek, DailyPlan> days, AgeRules rules) {
        Map<String, int[]> ordered = new LinkedHashMap<>();
        villages.forEach(village -> ordered.put(village.code(), parcels.get(village.code())));
        List<VillageAge> ages = new CalendarChecker(rules).ages(ordered, days);
        Map<String, Map<DayOfWeek, Long>> arrivals = arrivals(days);
        List<VillageCalendar> calendars = new ArrayList<>();
        for (int v = 0; v < villages.size(); v++) {
            VillageData village = villages.get(v);
            VillageAge age = ages.get(v);
            VisitPattern pattern = patterns.get(village.code());
            calendars.add(new VillageCalendar(village.code(), village.name(), village.townshipCode(), pattern,
                    parcels.get(village.code()), roads.seconds[v], choices.get(village.code()).unmetReason(),
                    plannedWorstAge(pattern, parcels.get(village.code()), arrivals.getOrDefault(village.code(), Map.of()),
                            rules),
                    age.worstAgeSeconds(), age.averageAgeSeconds(), age.undeliveredParcels()));
        }
        return calendars;
    }

    /** The worst age by the pattern: whole days of waiting, then the planned arrival on the visit day. */
    private static long plannedWorstAge(VisitPattern pattern, int[] parcels, Map<DayOfWeek, Long> arrivals,
            AgeRules rules) {
        long worst = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (parcels[day.ordinal()] == 0) {
                continue;
            }
            Long at = arrivals.get(pattern.deliveryDay(day));
            if (at == null) {
                return -1;
            }
            worst = Math.max(worst, rules.ageSeconds(pattern.waitDays(day), at));
        }
        return worst;
    }

    private static Map<String, Map<DayOfWeek, Long>> arrivals(Map<DayOfWeek, DailyPlan> days) {
        Map<String, Map<DayOfWeek, Long>> arrivals = new HashMap<>();
        days.forEach((day, plan) -> {
            for (PlannedRoute route : plan.routes()) {
                for (PlannedStop stop : route.stops()) {
                    if (stop.kind() == PlannedStop.StopKind.VILLAGE_DELIVERY) {
                        arrivals.computeIfAbsent(stop.siteCode(), code -> new EnumMap<>(DayOfWeek.class))
                                .merge(day, stop.serviceStartSeconds(), Math::max);
                    }
                }
            }
        });
        return arrivals;
    }

    private static Roads roads(CountyNetworkData county, List<VillageData> villages, HubChoice hubChoice,
            MatrixSource matrices) {
        List<HubData> hubs = hubChoice == HubChoice.ALL ? county.hubs()
                : county.hubs().stream().filter(HubData::designated).toList();
        List<Location> locations = new ArrayList<>();
        locations.add(new Location(DailyProblems.centreCode(county), county.centre().lat(), county.centre().lon()));
        hubs.forEach(hub -> locations.add(new Location(hub.code(), hub.lat(), hub.lon())));
        villages.forEach(village -> locations.add(new Location(village.code(), village.lat(), village.lon())));
        TravelMatrix matrix = matrices.matrix(VehicleProfile.VAN, locations);
        int first = 1 + hubs.size();
        long[] seconds = new long[villages.size()];
        String[] nearestDepot = new String[villages.size()];
        long[] detours = new long[villages.size()];
        for (int v = 0; v < villages.size(); v++) {
            seconds[v] = (long) Math.ceil(matrix.timeSeconds(0, first + v));
            double best = Double.MAX_VALUE;
            for (int depot = 0; depot < first; depot++) {
                if (matrix.distanceMetres(depot, first + v) < best) {
                    best = matrix.distanceMetres(depot, first + v);
                    nearestDepot[v] = locations.get(depot).label();
                }
            }
            detours[v] = detourMetres(matrix, first + v);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            index.put(locations.get(i).label(), i);
        }
        return new Roads(seconds, nearestDepot, detours, matrix, index);
    }

    /** The detour of serving a location between its two nearest neighbours by road, metres, at least 0. */
    static long detourMetres(TravelMatrix matrix, int location) {
        int nearest = -1;
        int second = -1;
        for (int other = 0; other < matrix.size(); other++) {
            if (other == location) {
                continue;
            }
            double metres = matrix.distanceMetres(location, other);
            if (nearest < 0 || metres < matrix.distanceMetres(location, nearest)) {
                second = nearest;
                nearest = other;
            } else if (second < 0 || metres < matrix.distanceMetres(location, second)) {
                second = other;
            }
        }
        if (second < 0) {
            return nearest < 0 ? 0 : Math.round(matrix.distanceMetres(nearest, location) + matrix.distanceMetres(location, nearest));
        }
        return Math.max(0, Math.round(matrix.distanceMetres(nearest, location) + matrix.distanceMetres(location, second)
                - matrix.distanceMetres(nearest, second)));
    }

    /**
     * Per village in the planned order: road time from the centre, the nearest depot by road, the detour of a
     * visit between its nearest neighbours; the van matrix and the index of each site code in it.
     */
    private record Roads(long[] seconds, String[] nearestDepot, long[] detourMetres,
            TravelMatrix matrix, Map<String, Integer> index) {
    }
}
