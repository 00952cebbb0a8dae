package org.gongpei.planning.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop.StopKind;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.VehicleType;

/**
 * The accounting of solved plans: cost parts per route and per scenario, and a scenario's metrics.
 *
 * <p>A route's cost (as the planner computed it) is split into distance = km × the type's cost per km and
 * time = hours × its cost per hour, each rounded to the fen, and fixed = the rest: the type's fixed cost for a
 * vehicle's first route of the day, about 0 for a trunk truck's second trip (the planner charges it once).
 * Handling is added per parcel: every parcel delivered or collected is sorted once at the centre (or at the
 * brand's depot), and one delivered or collected on a last-mile route is re-loaded once at its hub.
 */
public final class PlanAccounting {

    private final AnalysisParameters parameters;

    /** @param parameters handling costs and CO₂ factor */
    public PlanAccounting(AnalysisParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param route a planned route
     * @param type its vehicle type
     * @return its vehicle cost in parts, handling 0; the parts add up to {@link PlannedRoute#costFen()}
     */
    public static CostParts routeCost(PlannedRoute route, VehicleType type) {
        long distance = Math.round(route.distanceMetres() * type.costPerKilometreFen() / 1000.0);
        long time = Math.round((route.returnSeconds() - route.departureSeconds()) * type.costPerHourFen() / 3600.0);
        return new CostParts(route.costFen() - distance - time, distance, time, 0);
    }

    /**
     * @param route a planned route
     * @return the handling of the parcels it delivers or collects at villages, fen
     */
    public long handlingFen(PlannedRoute route) {
        return handlingFenPerParcel(route) * villageParcels(route);
    }

    /** @return handling per parcel of a route's villages: the centre's, plus the hub's on a last-mile route */
    public long handlingFenPerParcel(PlannedRoute route) {
        return parameters.centreHandlingFenPerParcel()
                + (route.echelon() == Echelon.LAST_MILE ? parameters.hubHandlingFenPerParcel() : 0);
    }

    /** @return parcels delivered and collected at the route's village stops */
    static int villageParcels(PlannedRoute route) {
        return route.stops().stream().mapToInt(PlanAccounting::villageParcels).sum();
    }

    static int villageParcels(PlannedStop stop) {
        return switch (stop.kind()) {
            case VILLAGE_DELIVERY, VILLAGE_PICKUP -> stop.parcels() + stop.pickupParcels();
            default -> 0;
        };
    }

    /** @return the cost of a solved network in parts */
    public CostParts cost(SolvedPart part) {
        Map<String, VehicleType> types = new HashMap<>();
        part.problem().vehicleTypes().forEach(type -> types.put(type.code(), type));
        CostParts sum = CostParts.ZERO;
        for (PlannedRoute route : part.plan().routes()) {
            sum = sum.plus(routeCost(route, types.get(route.vehicleType())))
                    .plus(new CostParts(0, 0, 0, handlingFen(route)));
        }
        return sum;
    }

    /** @return the scenario's metrics summed over its networks */
    public ScenarioMetrics metrics(ScenarioRun run) {
        CostParts cost = CostParts.ZERO;
        long metres = 0;
        long seconds = 0;
        long co2 = 0;
        int vehicles = 0;
        int delivered = 0;
        int pickedUp = 0;
        int unserved = 0;
        int visits = 0;
        int violations = 0;
        long ageSum = 0;
        long worst = 0;
        Set<String> villages = new HashSet<>();
        for (SolvedPart part : run.parts()) {
            DailyPlan plan = part.plan();
            cost = cost.plus(cost(part));
            metres += plan.totals().distanceMetres();
            seconds += plan.totals().vehicleSeconds();
            vehicles += plan.totals().vehiclesUsed();
            delivered += plan.totals().parcelsDelivered();
            pickedUp += plan.totals().parcelsPickedUp();
            violations += plan.violations().size();
            unserved += plan.parcelsLeftOut();
            long sorted = part.problem().parameters().sortedAtCentreSeconds();
            for (PlannedRoute route : plan.routes()) {
                co2 += Math.round(route.distanceMetres() / 100_000.0
                        * AnalysisParameters.litresPer100Km(route.vehicleType()) * parameters.kgCo2PerLitreDiesel() * 1000);
                for (PlannedStop stop : route.stops()) {
                    if (stop.kind() == StopKind.VILLAGE_DELIVERY || stop.kind() == StopKind.VILLAGE_PICKUP) {
                        visits++;
                        villages.add(stop.siteCode());
                    }
                    if (stop.kind() == StopKind.VILLAGE_DELIVERY && stop.parcels() > 0) {
                        long age = Math.max(0, stop.arrivalSeconds() - sorted);
                        ageSum += age * stop.parcels();
                        worst = Math.max(worst, age);
                    }
                }
            }
        }
        return new ScenarioMetrics(run.kind(), run.parts().size(), metres, vehicles, seconds, cost, delivered, pickedUp,
                unserved, villages.size(), visits, co2, delivered == 0 ? 0 : Math.round((double) ageSum / delivered), worst,
                violations, run.note());
    }

    /** @return the unserved demand of all networks of a scenario */
    public static List<Unserved> unserved(ScenarioRun run) {
        return run.parts().stream().flatMap(part -> part.plan().unserved().stream()).toList();
    }
}
