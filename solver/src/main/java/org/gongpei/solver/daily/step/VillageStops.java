package org.gongpei.solver.daily.step;

import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.DailyParameters;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.UnservedReason;
import org.gongpei.solver.daily.model.VehicleRole;
import org.gongpei.solver.daily.model.VehicleType;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * The routing stops of one village: a delivery stop for its parcels (one per vanload when they need more), and a pickup stop for its ambient and
 * one for its chilled farm products, each ready when its goods are. Stops at the same place cost no
 * travel between them, so the solver joins them when the times allow. Every stop is optional with a
 * penalty per parcel, so an overloaded day leaves named villages out instead of failing.
 */
public final class VillageStops {

    static final String DELIVERY = "D:";
    public static final String AMBIENT_PICKUP = "P:";
    public static final String CHILLED_PICKUP = "C:";
    static final String URGENT_PICKUP = "R:";

    private VillageStops() {
    }

    /**
     * @param stops receives the stops
     * @param infos receives what each stop stands for, by stop id
     * @param refused receives a reason per pickup that cannot be planned at all (ready after closing time)
     */
    public static void add(VillageDemand village, DailyParameters parameters, Quantities largestVan, List<Stop> stops,
            Map<String, StopInfo> infos, List<UnservedReason> refused) {
        if (village.parcels() > 0) {
            Consignment[] parts = Consignment.ofVillage(village);
            int count = Math.max(1, Math.max(parts[0].isEmpty() ? 1 : parts[0].partsToFit(largestVan),
                    parts[1].isEmpty() ? 1 : parts[1].partsToFit(largestVan)));
            Consignment[] ambient = parts[0].split(count);
            Consignment[] chilled = parts[1].split(count);
            for (int i = 0; i < count; i++) {
                Stop delivery = new Stop(deliveryId(village.code(), i), village.locationIndex()).withName(village.name())
                        .withTimeWindow(parameters.villageOpensSeconds(), parameters.villageClosesSeconds())
                        .withService(parameters.villageServiceSeconds(), parameters.serviceSecondsPerParcel())
                        .withDelivery(ambient[i].quantities().plus(chilled[i].quantities()))
                        .optional(penalty(ambient[i].parcels() + chilled[i].parcels(), parameters));
                stops.add(delivery);
                infos.put(delivery.getId(), new StopInfo(village.code(), village.name(),
                        PlannedStop.StopKind.VILLAGE_DELIVERY, ambient[i].plus(chilled[i]).parcelsByCarrier(),
                        chilled[i].parcels(), List.of()));
            }
        }
        for (boolean chilled : new boolean[] {false, true}) {
            List<FarmPickup> pickups = village.pickups().stream()
                    .filter(p -> p.chilled() == chilled && !p.fromUrgentPickup()).toList();
            addPickup(village, pickups, (chilled ? CHILLED_PICKUP : AMBIENT_PICKUP) + village.code(), parameters,
                    stops, infos, refused);
        }
        for (FarmPickup urgent : village.pickups().stream().filter(FarmPickup::fromUrgentPickup).toList()) {
            addPickup(village, List.of(urgent), urgentId(village.code(), urgent), parameters, stops, infos, refused);
        }
    }

    /** @return the id of the stop of one urgent farm pickup: {@code R:code:URGENT-n:A} (ambient) or {@code :C} */
    public static String urgentId(String villageCode, FarmPickup urgent) {
        return URGENT_PICKUP + villageCode + ":" + urgent.product() + (urgent.chilled() ? ":C" : ":A");
    }

    /** @return the capacity of the van type of a role that carries the most ambient weight (zero if none) */
    public static Quantities largestVan(DailyProblem problem, VehicleRole role) {
        Quantities best = Quantities.ZERO;
        for (VehicleType type : problem.vehicleTypes(role)) {
            if (type.count() > 0 && type.capacity().get(TemperatureClass.AMBIENT, Dimension.GRAMS)
                    > best.get(TemperatureClass.AMBIENT, Dimension.GRAMS)) {
                best = type.capacity();
            }
        }
        return best;
    }

    /**
     * A village larger than a vanload gets one delivery stop per vanload: {@code D:code}, then
     * {@code D:code#2}, {@code D:code#3}...
     */
    public static String deliveryId(String villageCode, int part) {
        return DELIVERY + villageCode + (part == 0 ? "" : "#" + (part + 1));
    }

    private static void addPickup(VillageDemand village, List<FarmPickup> pickups, String id,
            DailyParameters parameters, List<Stop> stops, Map<String, StopInfo> infos, List<UnservedReason> refused) {
        if (pickups.isEmpty()) {
            return;
        }
        boolean chilled = pickups.getFirst().chilled();
        TemperatureClass temperatureClass = chilled ? TemperatureClass.CHILLED : TemperatureClass.AMBIENT;
        long ready = parameters.villageOpensSeconds();
        long deadline = Stop.NO_LIMIT;
        Quantities goods = Quantities.ZERO;
        int parcels = 0;
        for (FarmPickup pickup : pickups) {
            ready = Math.max(ready, pickup.readySeconds());
            if (pickup.maxSecondsToColdStore() < Stop.NO_LIMIT) {
                deadline = Math.min(deadline, pickup.readySeconds() + pickup.maxSecondsToColdStore());
            }
            parcels += pickup.parcels();
            goods = goods.plus(Quantities.of(temperatureClass, Dimension.PARCELS, pickup.parcels())
                    .with(temperatureClass, Dimension.GRAMS, pickup.weightGrams())
                    .with(temperatureClass, Dimension.CUBIC_CENTIMETRES, pickup.volumeCubicCentimetres()));
        }
        if (ready > parameters.villageClosesSeconds()) {
            refused.add(new UnservedReason(chilled ? "CHILLED" : "AMBIENT", null, "READY_AFTER_CLOSING",
                    List.of(Clock.format(ready), Clock.format(parameters.villageClosesSeconds())),
                    (chilled ? "chilled" : "ambient") + " products are ready at " + Clock.format(ready)
                    + ", after the station closes at " + Clock.format(parameters.villageClosesSeconds())));
            return;
        }
        if (deadline <= ready) {
            refused.add(new UnservedReason("CHILLED", null, "NOT_READY_FOR_COLD_STORE",
                    List.of(Clock.format(deadline), Clock.format(ready)),
                    "chilled products have to be in cold storage by " + Clock.format(deadline)
                    + " but are not all ready before " + Clock.format(ready)));
            return;
        }
        Stop stop = new Stop(id, village.locationIndex()).withName(village.name())
                .withTimeWindow(ready, parameters.villageClosesSeconds())
                .withService(parameters.villageServiceSeconds(), parameters.serviceSecondsPerParcel())
                .withPickup(goods)
                .optional(penalty(parcels, parameters));
        if (deadline < Stop.NO_LIMIT) {
            stop.withColdStoreDeadline(deadline);
        }
        stops.add(stop);
        infos.put(stop.getId(), new StopInfo(village.code(), village.name(), PlannedStop.StopKind.VILLAGE_PICKUP,
                Map.of(), 0, pickups));
    }

    private static long penalty(int parcels, DailyParameters parameters) {
        return Math.max(1, parcels) * Math.max(1, parameters.unservedPenaltyPerParcel());
    }
}
