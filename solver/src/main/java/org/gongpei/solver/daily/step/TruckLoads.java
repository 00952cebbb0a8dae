package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.TemperatureClass;

/** Packs farm products collected at a hub into truckloads, whole shipments only (first fit, heaviest first). */
final class TruckLoads {

    private TruckLoads() {
    }

    static List<List<FarmPickup>> pack(List<FarmPickup> pickups, TemperatureClass temperatureClass, Quantities capacity) {
        List<FarmPickup> heaviestFirst = new ArrayList<>(pickups);
        heaviestFirst.sort(Comparator.comparingLong(FarmPickup::weightGrams).reversed());
        List<List<FarmPickup>> loads = new ArrayList<>();
        List<Quantities> loaded = new ArrayList<>();
        for (FarmPickup pickup : heaviestFirst) {
            Quantities goods = quantities(List.of(pickup), temperatureClass);
            int chosen = -1;
            for (int i = 0; i < loads.size() && chosen < 0; i++) {
                if (fits(loaded.get(i).plus(goods), temperatureClass, capacity)) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                loads.add(new ArrayList<>());
                loaded.add(Quantities.ZERO);
                chosen = loads.size() - 1;
            }
            loads.get(chosen).add(pickup);
            loaded.set(chosen, loaded.get(chosen).plus(goods));
        }
        return loads;
    }

    static Quantities quantities(List<FarmPickup> pickups, TemperatureClass temperatureClass) {
        long parcels = 0;
        long grams = 0;
        long volume = 0;
        for (FarmPickup pickup : pickups) {
            parcels += pickup.parcels();
            grams += pickup.weightGrams();
            volume += pickup.volumeCubicCentimetres();
        }
        return Quantities.of(temperatureClass, Dimension.PARCELS, parcels)
                .with(temperatureClass, Dimension.GRAMS, grams)
                .with(temperatureClass, Dimension.CUBIC_CENTIMETRES, volume);
    }

    private static boolean fits(Quantities load, TemperatureClass temperatureClass, Quantities capacity) {
        for (Dimension dimension : Dimension.values()) {
            if (load.get(temperatureClass, dimension) > capacity.get(temperatureClass, dimension)) {
                return false;
            }
        }
        return true;
    }
}
