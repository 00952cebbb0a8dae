package org.gongpei.planning.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DailyFleet;
import org.gongpei.planning.plan.DailyProblems;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.planning.plan.MoreVans;
import org.gongpei.solver.calendar.VisitPattern;
import org.gongpei.solver.daily.DailyPlanner;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyPlan;

/**
 * Plans the days of a calendar with the {@link DailyPlanner}: a service day with the parcels its visited
 * villages accumulated since their previous visit, planned again with {@value MoreVans#FACTOR} × the delivery
 * vans when its plan leaves parcels out for want of vans ({@link MoreVans}). One day is
 * planned at a time; {@link #stop} may be called from another thread.
 */
final class DayPlans {

    private volatile boolean stopped;
    private volatile DailyPlanner current;

    /**
     * @param patterns the visit pattern of each village
     * @param report told the day being planned and the fraction done of the whole calendar
     * @return the plan of each service day with something to deliver or collect, fewer once stopped
     */
    Map<DayOfWeek, DailyPlan> planWeek(CountyNetworkData county, WeekDemand demand, CalendarSettings settings,
            MatrixSource matrices, Map<String, VisitPattern> patterns, BiConsumer<String, Double> report) {
        Map<DayOfWeek, DailyPlan> days = new EnumMap<>(DayOfWeek.class);
        List<DayOfWeek> serviceDays = settings.week().ordered();
        for (int d = 0; d < serviceDays.size() && !stopped; d++) {
            DayOfWeek day = serviceDays.get(d);
            report.accept("day " + (d + 1) + "/" + serviceDays.size(), 0.1 + 0.9 * d / serviceDays.size());
            DayDemand dayDemand = accumulated(demand, day, patterns);
            if (dayDemand.down().isEmpty() && dayDemand.up().isEmpty()) {
                continue;
            }
            int done = d;
            days.put(day, MoreVans.solve(DailyFleet.sizedFor(county, dayDemand, settings.fleet()),
                    fleet -> planDay(county, dayDemand, fleet, settings, matrices), plan -> plan, () -> !stopped,
                    () -> report.accept("day " + (done + 1) + "/" + serviceDays.size() + " again, more vans",
                            0.1 + 0.9 * (done + 0.5) / serviceDays.size())));
        }
        return days;
    }

    /**
     * A typical day planned with every village visited: Wednesday's own demand, or the first service day's when
     * Wednesday is no service day.
     */
    DailyPlan typicalDay(CountyNetworkData county, WeekDemand demand, CalendarSettings settings,
            MatrixSource matrices) {
        DayOfWeek day = settings.week().days().contains(DayOfWeek.WEDNESDAY) ? DayOfWeek.WEDNESDAY
                : settings.week().ordered().getFirst();
        DayDemand own = demand.days().get(day);
        return planDay(county, own, DailyFleet.sizedFor(county, own, settings.fleet()), settings, matrices);
    }

    /** Asks the running day to end early and the days after it not to be planned. */
    void stop() {
        stopped = true;
        DailyPlanner planner = current;
        if (planner != null) {
            planner.terminateEarly();
        }
    }

    private DailyPlan planDay(CountyNetworkData county, DayDemand demand, DailyFleet fleet, CalendarSettings settings,
            MatrixSource matrices) {
        DailyPlanner planner = new DailyPlanner();
        current = planner;
        return planner.plan(DailyProblems.build(county, demand, fleet, settings.hubs(), matrices,
                settings.fleet().applyTo(DailyParameters.defaults(settings.dayTimeLimit()))), null);
    }

    /** The day's demand: each visited village's rows since its previous visit, dated to the day. */
    private static DayDemand accumulated(WeekDemand demand, DayOfWeek day, Map<String, VisitPattern> patterns) {
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
}
