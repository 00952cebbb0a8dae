package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.calendar.CalendarChecker;
import org.gongpei.solver.calendar.CalendarDay;
import org.gongpei.solver.calendar.PatternChoice;
import org.gongpei.solver.calendar.PatternChooser;
import org.gongpei.solver.calendar.PatternRules;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyPlan;

/**
 * Plans a county's weekly service calendar for a week's demand:
 * <ol>
 * <li>the road time and distance of every village from the centre and its nearest hub (van matrix,
 * {@link VillageRoads});</li>
 * <li>the visit patterns each village may have ({@link PatternRules}: the target, parcels assumed to arrive
 * every day, chilled farm products of the week), villages that cannot meet the target named with the reason
 * and visited on every service day;</li>
 * <li>a pattern per village ({@link PatternChooser}, {@link PatternSelection}): fewest visits by estimated visit
 * cost, parcels per day within the fleet of the busiest day, days evened out — or every village daily;</li>
 * <li>each service day planned by the {@link DailyPlanner} with the parcels the visited villages accumulated
 * since their previous visit (farm products likewise, keeping their time of day; {@link DayPlans});</li>
 * <li>every parcel's age recomputed from the routes by the independent {@link CalendarChecker}
 * ({@link CalendarReport}).</li>
 * </ol>
 * The vans a depot needs on a day are estimated from its villages' loads (nearest depot by road), each load
 * taking its expected share of the hub van ({@link CalendarDay#vanShareMillis}: the larger the load, the more
 * space it wastes), at the van's fixed cost. A visit's own cost is estimated as the van's cost per km × the
 * distance its route saves without it on a typical day planned with every village visited (Wednesday, or the
 * first service day); a village not on that day's routes takes its detour between its nearest neighbour
 * (village or depot) and its second nearest instead (ASSUMPTION: a route that serves the village passes its
 * neighbours; {@link VisitCosts}). The fleet's day is {@value #FLEET_MARGIN} × the busiest day's parcels (the
 * sizing margin of {@link DailyFleet}) or, when larger, what visiting every village daily needs. A service day
 * whose plan leaves a village's parcels out for want of vans is planned again with
 * {@value org.gongpei.planning.plan.MoreVans#FACTOR} × the vans ({@link org.gongpei.planning.plan.MoreVans}).
 */
public final class CalendarPlanner {

    /** The fleet's day against the busiest day's parcels. */
    public static final double FLEET_MARGIN = DailyFleet.SIZING_MARGIN;
    /** The largest load a visit of a less than daily pattern may bring, as a share of a van. */
    public static final double LARGEST_VISIT_VAN_SHARE = 0.5;

    private final DayPlans dayPlans = new DayPlans();

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
        VillageRoads roads = VillageRoads.of(county, villages, settings.hubs(), matrices);

        report.accept("visit patterns", 0.05);
        Map<String, PatternChoice> choices = PatternSelection.allowed(villages, roads, demand, settings);
        PatternSelection.Chosen chosen = PatternSelection.choose(county, demand, villages, parcels, choices, roads,
                settings, () -> dayPlans.typicalDay(county, demand, settings, matrices));

        Map<DayOfWeek, DailyPlan> days = dayPlans.planWeek(county, demand, settings, matrices, chosen.patterns(),
                report);
        report.accept("parcel ages", 1.0);
        return CalendarReport.of(settings, villages, parcels, choices, chosen.patterns(), roads, days,
                chosen.score());
    }

    /** Asks a running {@link #plan} to finish soon: the running day ends early, later days are not planned. */
    public void stop() {
        dayPlans.stop();
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
}
