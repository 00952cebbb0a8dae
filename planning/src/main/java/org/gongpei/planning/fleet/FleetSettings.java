package org.gongpei.planning.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.daily.model.DailyParameters;

/**
 * A county's fleet and costs, as its planner states them: the three vehicle classes a day's plan uses and what
 * handling a parcel costs. The demo county's are {@link #defaults()}; every plan says which settings it used.
 *
 * @param trunkTruck                 the truck carrying ambient parcels between the centre and the hubs
 * @param chilledTruck               the refrigerated truck carrying chilled parcels between the centre and the hubs
 * @param van                        the van delivering to villages, from the centre and from each hub (its
 *                                   insulated box carries the chilled parcels)
 * @param shiftStartHour             earliest departure, hours after midnight (e.g. 5.5 for 05:30)
 * @param shiftEndHour               latest return, hours after midnight
 * @param maxWorkingHours            longest working day of one vehicle and driver
 * @param centreHandlingYuanPerParcel sorting and handling at the county centre, per parcel down or up
 * @param hubHandlingYuanPerParcel   re-loading at a township hub, per parcel passing through it
 * @param hubDocks                   vans that can load at a hub at once (each for the reload time), so that a hub's
 *                                   vans leave in waves and a van back for a reload waits for a free dock; null for
 *                                   no limit
 * @param hubSortingParcelsPerHour   parcels a hub sorts an hour from its first truck's unloading; null for no limit
 * @param vanTripsPerDay             trips a van may drive in a day, reloading at its depot in between; null for the
 *                                   service's setting ({@code gongpei.plans.max-trips-per-van}, 3)
 * @param reloadMinutes              a van's reload at its depot between two trips; null for 15 min
 * @param reloadSecondsPerParcel     more reload time for each parcel brought back; null for 5 s
 * @param drivingHoursBeforeBreak    driving after which a driver takes a break; null for 4 h
 * @param breakMinutes               that break; null for 30 min
 */
public record FleetSettings(VehicleSettings trunkTruck, VehicleSettings chilledTruck, VehicleSettings van,
        double shiftStartHour, double shiftEndHour, double maxWorkingHours, double centreHandlingYuanPerParcel,
        double hubHandlingYuanPerParcel, Integer hubDocks, Integer hubSortingParcelsPerHour, Integer vanTripsPerDay,
        Double reloadMinutes, Integer reloadSecondsPerParcel, Double drivingHoursBeforeBreak, Double breakMinutes) {

    /** Settings with the default trips, reload and breaks. */
    public FleetSettings(VehicleSettings trunkTruck, VehicleSettings chilledTruck, VehicleSettings van,
            double shiftStartHour, double shiftEndHour, double maxWorkingHours, double centreHandlingYuanPerParcel,
            double hubHandlingYuanPerParcel, Integer hubDocks, Integer hubSortingParcelsPerHour) {
        this(trunkTruck, chilledTruck, van, shiftStartHour, shiftEndHour, maxWorkingHours, centreHandlingYuanPerParcel,
                hubHandlingYuanPerParcel, hubDocks, hubSortingParcelsPerHour, null, null, null, null, null);
    }

    /** Settings without hub limits. */
    public FleetSettings(VehicleSettings trunkTruck, VehicleSettings chilledTruck, VehicleSettings van,
            double shiftStartHour, double shiftEndHour, double maxWorkingHours, double centreHandlingYuanPerParcel,
            double hubHandlingYuanPerParcel) {
        this(trunkTruck, chilledTruck, van, shiftStartHour, shiftEndHour, maxWorkingHours,
                centreHandlingYuanPerParcel, hubHandlingYuanPerParcel, null, null);
    }

    /**
     * @return the day's operating rules with these settings' hub limits (none where a limit is not set), vans' trips,
     *         reload and drivers' breaks (those of {@code parameters} where one is not set)
     */
    public DailyParameters applyTo(DailyParameters parameters) {
        return parameters.withHubLimits(hubDocks == null ? 0 : hubDocks,
                        hubSortingParcelsPerHour == null ? 0 : hubSortingParcelsPerHour)
                .withTripsAndBreaks(vanTripsPerDay == null ? parameters.maxTripsPerVan() : vanTripsPerDay,
                        reloadMinutes == null ? Duration.ofSeconds(parameters.reloadSeconds()) : minutes(reloadMinutes),
                        reloadSecondsPerParcel == null ? parameters.reloadSecondsPerParcel() : reloadSecondsPerParcel,
                        drivingHoursBeforeBreak == null ? Duration.ofSeconds(parameters.maxDrivingSeconds())
                                : minutes(drivingHoursBeforeBreak * 60),
                        breakMinutes == null ? Duration.ofSeconds(parameters.breakSeconds()) : minutes(breakMinutes));
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    /** Most trips a van may be given in a day. */
    public static final int MAX_TRIPS = 8;

    /** Upper bound of any cost field, yuan: larger figures are typing errors. */
    public static final double MAX_YUAN = 100_000;

    /**
     * One vehicle class.
     *
     * @param name               how the planner calls it (shown on route sheets)
     * @param capacityKg         payload, kg
     * @param capacityM3         load volume, m³
     * @param chilledKg          of the payload, the part that keeps 0–4 °C (all of it for a refrigerated truck,
     *                           an insulated box in a van, 0 for a box truck)
     * @param chilledM3          of the volume, the chilled part
     * @param count              vehicles of this class at each depot (the centre, or each hub for vans), or null to
     *                           size the fleet to the day's demand
     * @param fixedYuanPerDay    cost of using one vehicle for a day (vehicle, driver's day, cooling)
     * @param yuanPerKm          running cost per km
     * @param yuanPerHour        cost per hour on the road (0 when the day's cost covers the driver)
     */
    public record VehicleSettings(String name, double capacityKg, double capacityM3, double chilledKg,
            double chilledM3, Integer count, double fixedYuanPerDay, double yuanPerKm, double yuanPerHour) {
    }

    /**
     * The demo county's settings: vehicle classes and costs of {@link FleetDefaults#daming()} (DOMAIN.md where
     * sourced, ASSUMPTIONS elsewhere), fleets sized to the day, shifts 05:30–21:00 with at most 11 h of work,
     * handling 0.20 yuan a parcel at the centre and 0.10 at a hub (ASSUMPTIONS).
     */
    public static FleetSettings defaults() {
        FleetDefaults daming = FleetDefaults.daming();
        VehicleType van = daming.vehicle("VAN");
        VehicleType box = daming.vehicle("BOX_4_2");
        VehicleType reefer = daming.vehicle("REEFER_4_2");
        return new FleetSettings(
                new VehicleSettings(box.name(), box.capacityKg(), box.capacityM3(), 0, 0, null,
                        box.fixedCostYuanPerDay(), box.costYuanPerKm(), 0),
                new VehicleSettings(reefer.name(), reefer.capacityKg(), reefer.capacityM3(), reefer.capacityKg(),
                        reefer.capacityM3(), null, reefer.fixedCostYuanPerDay() + reefer.coolingCostYuanPerDay(),
                        reefer.costYuanPerKm(), 0),
                new VehicleSettings(van.name(), van.capacityKg(), van.capacityM3(), 150, 0.4, null,
                        van.fixedCostYuanPerDay(), van.costYuanPerKm(), 0),
                5.5, 21, 11, 0.20, 0.10);
    }

    /**
     * @return what is wrong with these settings, each as a field path and a code of the message bundle (empty
     *         when they can be used): {@code required}, {@code notPositive}, {@code negative}, {@code tooLarge},
     *         {@code chilledOverCapacity}, {@code noChilledSpace}, {@code hourOfDay}, {@code shiftOrder}
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        vehicle(problems, "trunkTruck", trunkTruck, false);
        vehicle(problems, "chilledTruck", chilledTruck, true);
        vehicle(problems, "van", van, true);
        if (!(shiftStartHour >= 0 && shiftStartHour < 24)) {
            problems.add(new Problem("shiftStartHour", "hourOfDay"));
        }
        if (!(shiftEndHour > 0 && shiftEndHour <= 24)) {
            problems.add(new Problem("shiftEndHour", "hourOfDay"));
        } else if (shiftEndHour <= shiftStartHour) {
            problems.add(new Problem("shiftEndHour", "shiftOrder"));
        }
        if (!(maxWorkingHours > 0)) {
            problems.add(new Problem("maxWorkingHours", "notPositive"));
        } else if (maxWorkingHours > 24) {
            problems.add(new Problem("maxWorkingHours", "tooLarge"));
        }
        yuan(problems, "centreHandlingYuanPerParcel", centreHandlingYuanPerParcel);
        yuan(problems, "hubHandlingYuanPerParcel", hubHandlingYuanPerParcel);
        if (hubDocks != null && (hubDocks < 1 || hubDocks > 1_000)) {
            problems.add(new Problem("hubDocks", hubDocks < 1 ? "notPositive" : "tooLarge"));
        }
        if (hubSortingParcelsPerHour != null && (hubSortingParcelsPerHour < 1 || hubSortingParcelsPerHour > 10_000_000)) {
            problems.add(new Problem("hubSortingParcelsPerHour", hubSortingParcelsPerHour < 1 ? "notPositive" : "tooLarge"));
        }
        if (vanTripsPerDay != null && (vanTripsPerDay < 1 || vanTripsPerDay > MAX_TRIPS)) {
            problems.add(new Problem("vanTripsPerDay", vanTripsPerDay < 1 ? "notPositive" : "tooLarge"));
        }
        range(problems, "reloadMinutes", reloadMinutes, false, 240);
        range(problems, "reloadSecondsPerParcel", reloadSecondsPerParcel == null ? null : reloadSecondsPerParcel.doubleValue(),
                false, 600);
        range(problems, "drivingHoursBeforeBreak", drivingHoursBeforeBreak, true, 24);
        range(problems, "breakMinutes", breakMinutes, true, 240);
        return problems;
    }

    /**
     * One thing wrong with the settings.
     *
     * @param field the field's path, e.g. {@code van.capacityKg}
     * @param code  what is wrong, a key of the message bundle
     */
    public record Problem(String field, String code) {
    }

    /** An optional figure: when set, finite, at most {@code max}, and positive or not negative as asked. */
    private static void range(List<Problem> problems, String field, Double value, boolean positive, double max) {
        if (value == null) {
            return;
        }
        if (!Double.isFinite(value) || (positive ? value <= 0 : value < 0)) {
            problems.add(new Problem(field, positive ? "notPositive" : "negative"));
        } else if (value > max) {
            problems.add(new Problem(field, "tooLarge"));
        }
    }

    private static void vehicle(List<Problem> problems, String path, VehicleSettings vehicle, boolean chilled) {
        if (vehicle == null) {
            problems.add(new Problem(path, "required"));
            return;
        }
        if (vehicle.name() == null || vehicle.name().isBlank()) {
            problems.add(new Problem(path + ".name", "required"));
        } else if (vehicle.name().length() > 64) {
            problems.add(new Problem(path + ".name", "tooLarge"));
        }
        positive(problems, path + ".capacityKg", vehicle.capacityKg(), 100_000);
        positive(problems, path + ".capacityM3", vehicle.capacityM3(), 1_000);
        if (!(vehicle.chilledKg() >= 0) || !(vehicle.chilledM3() >= 0)) {
            problems.add(new Problem(path + (vehicle.chilledKg() >= 0 ? ".chilledM3" : ".chilledKg"), "negative"));
        } else if (vehicle.chilledKg() > vehicle.capacityKg() || vehicle.chilledM3() > vehicle.capacityM3()) {
            problems.add(new Problem(path + (vehicle.chilledKg() > vehicle.capacityKg() ? ".chilledKg" : ".chilledM3"),
                    "chilledOverCapacity"));
        } else if (chilled && (vehicle.chilledKg() == 0 || vehicle.chilledM3() == 0)) {
            problems.add(new Problem(path + (vehicle.chilledKg() == 0 ? ".chilledKg" : ".chilledM3"),
                    "noChilledSpace"));
        }
        if (vehicle.count() != null && (vehicle.count() < 1 || vehicle.count() > 10_000)) {
            problems.add(new Problem(path + ".count", vehicle.count() < 1 ? "notPositive" : "tooLarge"));
        }
        yuan(problems, path + ".fixedYuanPerDay", vehicle.fixedYuanPerDay());
        yuan(problems, path + ".yuanPerKm", vehicle.yuanPerKm());
        yuan(problems, path + ".yuanPerHour", vehicle.yuanPerHour());
    }

    private static void positive(List<Problem> problems, String field, double value, double max) {
        if (!(value > 0)) {
            problems.add(new Problem(field, "notPositive"));
        } else if (value > max) {
            problems.add(new Problem(field, "tooLarge"));
        }
    }

    private static void yuan(List<Problem> problems, String field, double value) {
        if (!(value >= 0)) {
            problems.add(new Problem(field, "negative"));
        } else if (value > MAX_YUAN) {
            problems.add(new Problem(field, "tooLarge"));
        }
    }
}
