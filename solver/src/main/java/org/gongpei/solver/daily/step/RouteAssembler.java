package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.daily.model.Load;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.Vehicle;

/** Turns a solved leg into planned routes with times, loads and costs. */
public final class RouteAssembler {

    private RouteAssembler() {
    }

    public static List<PlannedRoute> routes(Leg leg) {
        List<PlannedRoute> routes = new ArrayList<>();
        RoutePlan plan = leg.solved();
        for (Vehicle vehicle : plan.getVehicles()) {
            if (!vehicle.getStops().isEmpty()) {
                routes.add(route(leg, vehicle));
            }
        }
        return routes;
    }

    private static PlannedRoute route(Leg leg, Vehicle vehicle) {
        List<Stop> route = vehicle.getStops();
        List<PlannedStop> stops = new ArrayList<>();
        long metres = 0;
        Quantities load = Quantities.ZERO;
        for (int i = 0; i < route.size(); i++) {
            Stop stop = route.get(i);
            metres += stop.getDistanceFromPreviousMetres();
            if (i == 0 || stop.startsReloadedTrip()) {
                load = Quantities.ZERO;
                for (int j = i; j < route.size() && (j == i || !route.get(j).startsReloadedTrip()); j++) {
                    load = load.plus(route.get(j).getDelivery());
                }
            }
            load = minus(load, stop.getDelivery()).plus(stop.getPickup());
            Stop next = i + 1 < route.size() ? route.get(i + 1) : null;
            long rest = next == null ? stop.getBreakBeforeDepotSeconds() : next.getSchedule().breakAtPreviousSeconds();
            StopInfo info = leg.infoByStop().get(stop.getId());
            stops.add(new PlannedStop(info.siteCode(), info.siteName(), info.kind(), stop.getArrivalSeconds(),
                    stop.getServiceStartSeconds(), stop.getDepartureSeconds() + rest, info.parcelsByCarrier(),
                    info.chilledParcels(), info.pickups(), loadOf(load), stop.getTrip(),
                    stop.getSchedule().tripDepartureSeconds()));
        }
        Stop last = route.get(route.size() - 1);
        metres += last.getDistanceToDepotMetres();
        long returnSeconds = last.getDepotArrivalSecondsIfLast();
        long workingSeconds = returnSeconds - vehicle.getShiftStartSeconds();
        VehicleType type = leg.typeByVehicle().get(vehicle.getId());
        return new PlannedRoute(vehicle.getId(), type.code(), type.name(), leg.echelon(), leg.depotCode(), leg.depotName(),
                vehicle.getShiftStartSeconds(), returnSeconds, metres,
                costFen(vehicle, metres, workingSeconds), stops);
    }

    /** Fixed + distance + time cost, rounded to the fen; the same terms as the routing engine's soft score. */
    static long costFen(Vehicle vehicle, long metres, long workingSeconds) {
        long scoreUnits = vehicle.getFixedCost() * RoutePlan.SCORE_PER_COST_UNIT
                + metres * vehicle.getCostPerKilometre() * 3_600L
                + workingSeconds * vehicle.getCostPerHour() * 1_000L;
        return Math.round((double) scoreUnits / RoutePlan.SCORE_PER_COST_UNIT);
    }

    private static Quantities minus(Quantities from, Quantities amount) {
        Quantities result = Quantities.ZERO;
        for (TemperatureClass t : TemperatureClass.values()) {
            for (Dimension d : Dimension.values()) {
                result = result.with(t, d, Math.max(0, from.get(t, d) - amount.get(t, d)));
            }
        }
        return result;
    }

    static Load loadOf(Quantities q) {
        return new Load((int) q.get(TemperatureClass.AMBIENT, Dimension.PARCELS),
                q.get(TemperatureClass.AMBIENT, Dimension.GRAMS) / 1000.0,
                (int) (q.get(TemperatureClass.CHILLED, Dimension.PARCELS) + q.get(TemperatureClass.FROZEN, Dimension.PARCELS)),
                (q.get(TemperatureClass.CHILLED, Dimension.GRAMS) + q.get(TemperatureClass.FROZEN, Dimension.GRAMS)) / 1000.0);
    }
}
