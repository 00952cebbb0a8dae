package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.DailyProblem;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.UnservedReason;
import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TemperatureClass;
import org.gongpei.solver.domain.Vehicle;

/** Lists the demand a plan leaves out and says why, testing the usual causes one by one. */
public final class UnservedReasons {

    private UnservedReasons() {
    }

    public static List<Unserved> collect(DailyProblem problem, List<VillageDemand> villages, List<Leg> legs,
            Map<String, List<UnservedReason>> knownReasons) {
        Map<String, Stop> stops = new HashMap<>();
        Map<String, Leg> legOfStop = new HashMap<>();
        for (Leg leg : legs) {
            if (leg.solved() == null) {
                continue;
            }
            for (Stop stop : leg.solved().getStops()) {
                stops.put(stop.getId(), stop);
                legOfStop.put(stop.getId(), leg);
            }
        }
        List<Unserved> unserved = new ArrayList<>();
        for (VillageDemand village : villages) {
            List<UnservedReason> reasons = new ArrayList<>(knownReasons.getOrDefault(village.code(), List.of()));
            int parcels = 0;
            for (int part = 0; village.parcels() > 0; part++) {
                Stop delivery = stops.get(VillageStops.deliveryId(village.code(), part));
                if (delivery == null && part > 0) {
                    break;
                }
                if (delivery == null) {
                    parcels = village.parcels();
                    break;
                }
                if (delivery.getVehicle() == null) {
                    parcels += (int) totalParcels(delivery.getDelivery());
                    reasons.add(explain(problem, delivery, legOfStop.get(delivery.getId())).about("PARCELS", null, "parcels"));
                }
            }
            int pickupParcels = 0;
            for (boolean chilled : new boolean[] {false, true}) {
                int shipped = village.pickups().stream().filter(p -> p.chilled() == chilled && !p.fromUrgentPickup())
                        .mapToInt(FarmPickup::parcels).sum();
                if (shipped == 0) {
                    continue;
                }
                Stop pickup = stops.get((chilled ? VillageStops.CHILLED_PICKUP : VillageStops.AMBIENT_PICKUP) + village.code());
                if (pickup == null || pickup.getVehicle() == null) {
                    pickupParcels += shipped;
                    if (pickup != null) {
                        reasons.add(explain(problem, pickup, legOfStop.get(pickup.getId()))
                                .about(chilled ? "CHILLED" : "AMBIENT", null, (chilled ? "chilled" : "ambient") + " products"));
                    }
                }
            }
            for (FarmPickup urgent : village.pickups().stream().filter(FarmPickup::fromUrgentPickup).toList()) {
                Stop pickup = stops.get(VillageStops.urgentId(village.code(), urgent));
                if (pickup == null || pickup.getVehicle() == null) {
                    pickupParcels += urgent.parcels();
                    if (pickup != null) {
                        reasons.add(explain(problem, pickup, legOfStop.get(pickup.getId()))
                                .about("URGENT", urgent.product(), "urgent pickup " + urgent.product()));
                    }
                }
            }
            if (parcels > 0 || pickupParcels > 0) {
                unserved.add(Unserved.of(village.code(), village.name(), parcels, pickupParcels,
                        reasons.isEmpty() ? List.of(UnservedReason.of("NOT_PLANNED", "not planned")) : reasons));
            }
        }
        return unserved;
    }

    private static UnservedReason explain(DailyProblem problem, Stop stop, Leg leg) {
        List<Vehicle> vehicles = leg.solved().getVehicles();
        if (vehicles.isEmpty()) {
            return UnservedReason.of("NO_VEHICLE_AT_DEPOT", "no vehicle is based at " + leg.depotName(), leg.depotName());
        }
        Vehicle first = vehicles.stream().min((a, b) -> Long.compare(a.getShiftStartSeconds(), b.getShiftStartSeconds()))
                .orElseThrow();
        int depot = first.getDepotLocationIndex();
        long arrival = first.getShiftStartSeconds() + first.getMatrix().durationSeconds(depot, stop.getLocationIndex());
        if (arrival > stop.getDueSeconds()) {
            return UnservedReason.of("LATE_ARRIVAL", "the first vehicle leaves " + leg.depotName() + " at "
                    + Clock.format(first.getShiftStartSeconds()) + " and reaches the station at " + Clock.format(arrival)
                    + ", after it closes at " + Clock.format(stop.getDueSeconds()), leg.depotName(),
                    Clock.format(first.getShiftStartSeconds()), Clock.format(arrival), Clock.format(stop.getDueSeconds()));
        }
        Quantities goods = stop.getDelivery().plus(stop.getPickup());
        boolean fitsSome = vehicles.stream().anyMatch(vehicle -> fits(goods, vehicle.getCapacity()));
        if (!fitsSome) {
            return UnservedReason.of("LOAD_TOO_LARGE", "the load (" + parcels(goods) + " parcels, " + kilograms(goods)
                    + " kg) is more than any vehicle at " + leg.depotName() + " carries",
                    Long.toString(parcels(goods)), Long.toString(kilograms(goods)), leg.depotName());
        }
        if (stop.hasPerishablePickup()) {
            long serviceStart = Math.max(arrival, stop.getReadySeconds());
            long back = serviceStart + stop.getServiceSeconds()
                    + first.getMatrix().durationSeconds(stop.getLocationIndex(), depot);
            if (back > stop.getColdStoreDeadlineSeconds()) {
                return UnservedReason.of("COLD_STORE_UNREACHABLE", "ready at " + Clock.format(stop.getReadySeconds())
                        + ", they cannot reach cold storage at " + leg.depotName() + " by "
                        + Clock.format(stop.getColdStoreDeadlineSeconds()) + " even on a trip of their own (back at "
                        + Clock.format(back) + ")", Clock.format(stop.getReadySeconds()), leg.depotName(),
                        Clock.format(stop.getColdStoreDeadlineSeconds()), Clock.format(back));
            }
        }
        return UnservedReason.of("FLEET_FULL", "the " + vehicles.size() + " vehicles at " + leg.depotName()
                + " were full or out of working time within the time limit", Integer.toString(vehicles.size()),
                leg.depotName());
    }

    private static long totalParcels(Quantities goods) {
        long parcels = 0;
        for (TemperatureClass t : TemperatureClass.values()) {
            parcels += goods.get(t, Dimension.PARCELS);
        }
        return parcels;
    }

    private static boolean fits(Quantities goods, Quantities capacity) {
        for (TemperatureClass t : TemperatureClass.values()) {
            for (Dimension d : Dimension.values()) {
                if (goods.get(t, d) > capacity.get(t, d)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long parcels(Quantities goods) {
        long parcels = 0;
        for (TemperatureClass t : TemperatureClass.values()) {
            parcels += goods.get(t, Dimension.PARCELS);
        }
        return parcels;
    }

    private static long kilograms(Quantities goods) {
        long grams = 0;
        for (TemperatureClass t : TemperatureClass.values()) {
            grams += goods.get(t, Dimension.GRAMS);
        }
        return Math.round(grams / 1000.0);
    }
}
