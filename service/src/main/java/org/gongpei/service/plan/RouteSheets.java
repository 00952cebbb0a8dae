package org.gongpei.service.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.FarmProduct;
import org.gongpei.service.roads.RoadEstimate;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * The printable route sheets of a done plan (配送路线单), in Chinese: the day's totals, then one page per
 * vehicle with its depot, departure and return, and a table of stops with trip, arrival time, parcels per
 * carrier, chilled parcels, farm products collected and a column for the station's signature; a van's
 * return to its depot to reload for its next trip is a row of its own. This class
 * builds the view model; the page is the template {@code templates/routeSheets.html}.
 */
public final class RouteSheets {

    private RouteSheets() {
    }

    /** The page's template, escaping every text it is given. */
    @CheckedTemplate(basePath = "")
    record routeSheets(Page page) implements TemplateInstance {
    }

    /**
     * The whole page.
     *
     * @param countyName the county's name
     * @param date the plan's day
     * @param planId the plan's id
     * @param countyCode the county's code
     * @param stoppedEarly whether the solve was stopped before its time limit
     * @param totals the day's totals
     * @param carriers the carriers' names, the order of every parcel column
     * @param vehicles one sheet per route
     * @param estimate the assumptions when the plan has no road network, shown on every page; null on roads
     */
    public record Page(String countyName, String date, long planId, String countyCode, boolean stoppedEarly,
            Totals totals, List<String> carriers, List<Vehicle> vehicles, Estimate estimate) {
    }

    /** The stated assumptions of a plan without a road network: the detour factor and each vehicle's speed. */
    public record Estimate(String detourFactor, List<Speed> speeds) {
    }

    /** An assumed speed of a vehicle profile, km/h. */
    public record Speed(VehicleProfile profile, String kmh) {
    }

    /** The day's totals; money in yuan and distance in kilometres, formatted. */
    public record Totals(String costYuan, String costPerParcelYuan, String km, int vehiclesUsed, int routes,
            int parcelsDelivered, int parcelsPickedUp, int villagesServed, int hubsUsed, List<UnservedLine> unserved,
            boolean feasible, List<String> violations) {
    }

    /** A village whose demand is left out, and why in Chinese. */
    public record UnservedLine(String villageName, String reason) {
    }

    /** One vehicle's sheet: its route and stops, with the column totals of its parcels. */
    public record Vehicle(Echelon echelon, String name, String id, String depotName, String depotCode, String departure,
            String returns, String km, String costYuan, List<Stop> stops, List<Integer> carrierTotals, int chilled,
            int collected, int trips) {
    }

    /**
     * One stop; the parcels per carrier in the order of {@link Page#carriers()}. {@code reloadDeparture} is the
     * time the van leaves its depot again when the stop begins a new trip, else null.
     */
    public record Stop(int number, int trip, String reloadDeparture, String arrival, String siteName, String siteCode,
            PlannedStop.StopKind kind, List<Integer> parcels, int chilled, List<Pickup> pickups) {
    }

    /** Farm products collected at a stop; the product's Chinese name. */
    public record Pickup(String product, int parcels, boolean chilled) {
    }

    /**
     * @param countyName the county's name
     * @param view the plan's status document (date, id)
     * @param plan the plan
     * @return a complete HTML page; every text from data is escaped
     */
    public static String html(String countyName, PlanView view, DailyPlan plan) {
        return new routeSheets(page(countyName, view, plan)).render();
    }

    /** @return the view model of the page */
    public static Page page(String countyName, PlanView view, DailyPlan plan) {
        List<String> carriers = Arrays.stream(Carrier.values()).map(Carrier::chineseName).toList();
        return new Page(countyName, view.date().toString(), view.id(), view.countyCode(), view.stoppedEarly(),
                totals(plan), carriers, plan.routes().stream().map(RouteSheets::vehicle).toList(),
                view.roads() == null || !view.roads().estimated() ? null : estimate(view.roads().estimate()));
    }

    private static Estimate estimate(RoadEstimate estimate) {
        return new Estimate(String.format(Locale.ROOT, "%.2f", estimate.detourFactor()),
                estimate.speedKmh().entrySet().stream().map(e -> new Speed(VehicleProfile.valueOf(e.getKey()),
                        String.format(Locale.ROOT, "%.0f", e.getValue()))).toList());
    }

    private static Totals totals(DailyPlan plan) {
        PlanTotals totals = plan.totals();
        return new Totals(yuan(totals.costFen()), String.format(Locale.ROOT, "%.2f", totals.costPerParcelYuan()),
                km(totals.distanceMetres()), totals.vehiclesUsed(), plan.routes().size(), totals.parcelsDelivered(),
                totals.parcelsPickedUp(), totals.villagesServed(), totals.hubsUsed(),
                plan.unserved().stream().map(u -> new UnservedLine(u.villageName(), UnservedTexts.chinese(u))).toList(),
                plan.feasible(),
                plan.violations());
    }

    private static Vehicle vehicle(PlannedRoute route) {
        int[] carrierTotals = new int[Carrier.values().length];
        List<Stop> stops = new ArrayList<>(route.stops().size());
        int trip = 1;
        for (PlannedStop stop : route.stops()) {
            List<Integer> parcels = Arrays.stream(Carrier.values()).map(c -> parcels(stop.parcelsByCarrier(), c)).toList();
            for (int i = 0; i < carrierTotals.length; i++) {
                carrierTotals[i] += parcels.get(i);
            }
            String reload = stop.trip() != trip ? clock(stop.tripDepartureSeconds()) : null;
            trip = stop.trip();
            stops.add(new Stop(stops.size() + 1, stop.trip(), reload, clock(stop.arrivalSeconds()), stop.siteName(),
                    stop.siteCode(), stop.kind(), parcels, stop.chilledParcels(),
                    stop.pickups().stream().map(RouteSheets::pickup).toList()));
        }
        return new Vehicle(route.echelon(), route.vehicleName(), route.vehicleId(), route.depotName(), route.depotCode(),
                clock(route.departureSeconds()), clock(route.returnSeconds()), km(route.distanceMetres()),
                yuan(route.costFen()), stops, Arrays.stream(carrierTotals).boxed().toList(),
                route.stops().stream().mapToInt(PlannedStop::chilledParcels).sum(),
                route.stops().stream().mapToInt(PlannedStop::pickupParcels).sum(), trip);
    }

    private static int parcels(Map<String, Integer> byCarrier, Carrier carrier) {
        Integer parcels = byCarrier.get(carrier.name());
        return parcels == null ? 0 : parcels;
    }

    private static Pickup pickup(FarmPickup pickup) {
        String product = Arrays.stream(FarmProduct.values()).filter(p -> p.name().equals(pickup.product()))
                .map(FarmProduct::chineseName).findFirst().orElse(pickup.product());
        return new Pickup(product, pickup.parcels(), pickup.chilled());
    }

    /** @return seconds since the day's midnight as {@code HH:mm}, with {@code +1} for the next day */
    static String clock(long seconds) {
        long minutes = Math.floorDiv(seconds + 30, 60);
        long days = Math.floorDiv(minutes, 24 * 60);
        long inDay = minutes - days * 24 * 60;
        String time = String.format(Locale.ROOT, "%02d:%02d", inDay / 60, inDay % 60);
        return days == 0 ? time : time + " (+" + days + ")";
    }

    private static String yuan(long fen) {
        return String.format(Locale.ROOT, "%.2f", fen / 100.0);
    }

    private static String km(long metres) {
        return String.format(Locale.ROOT, "%.1f", metres / 1000.0);
    }
}
