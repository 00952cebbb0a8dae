package org.gongpei.solver.daily;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * The routing stops of one village: a delivery stop for its parcels, and a pickup stop for its ambient and
 * one for its chilled farm products, each ready when its goods are. Stops at the same place cost no
 * travel between them, so the solver joins them when the times allow. Every stop is optional with a
 * penalty per parcel, so an overloaded day leaves named villages out instead of failing.
 */
final class VillageStops {

    static final String DELIVERY = "D:";
    static final String AMBIENT_PICKUP = "P:";
    static final String CHILLED_PICKUP = "C:";

    private VillageStops() {
    }

    /**
     * @param stops receives the stops
     * @param infos receives what each stop stands for, by stop id
     * @param refused receives a reason per pickup that cannot be planned at all (ready after closing time)
     */
    static void add(VillageDemand village, DailyParameters parameters, List<Stop> stops, Map<String, StopInfo> infos,
            List<String> refused) {
        if (village.parcels() > 0) {
            Consignment[] parts = Consignment.ofVillage(village);
            Stop delivery = new Stop(DELIVERY + village.code(), village.locationIndex()).withName(village.name())
                    .withTimeWindow(parameters.villageOpensSeconds(), parameters.villageClosesSeconds())
                    .withService(parameters.villageServiceSeconds(), parameters.serviceSecondsPerParcel())
                    .withDelivery(parts[0].quantities().plus(parts[1].quantities()))
                    .optional(penalty(village.parcels(), parameters));
            stops.add(delivery);
            infos.put(delivery.getId(), new StopInfo(village.code(), village.name(),
                    PlannedStop.StopKind.VILLAGE_DELIVERY, village.parcelsByCarrier(), village.chilledParcels(), List.of()));
        }
        addPickup(village, false, AMBIENT_PICKUP, parameters, stops, infos, refused);
        addPickup(village, true, CHILLED_PICKUP, parameters, stops, infos, refused);
    }

    private static void addPickup(VillageDemand village, boolean chilled, String prefix, DailyParameters parameters,
            List<Stop> stops, Map<String, StopInfo> infos, List<String> refused) {
        List<FarmPickup> pickups = village.pickups().stream().filter(p -> p.chilled() == chilled).toList();
        if (pickups.isEmpty()) {
            return;
        }
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
            refused.add((chilled ? "chilled" : "ambient") + " products are ready at " + Clock.format(ready)
                    + ", after the station closes at " + Clock.format(parameters.villageClosesSeconds()));
            return;
        }
        if (deadline <= ready) {
            refused.add("chilled products have to be in cold storage by " + Clock.format(deadline)
                    + " but are not all ready before " + Clock.format(ready));
            return;
        }
        Stop stop = new Stop(prefix + village.code(), village.locationIndex()).withName(village.name())
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
