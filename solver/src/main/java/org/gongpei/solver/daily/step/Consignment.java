package org.gongpei.solver.daily.step;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongpei.solver.daily.model.VillageDemand;
import org.gongpei.solver.domain.Dimension;
import org.gongpei.solver.domain.Quantities;
import org.gongpei.solver.domain.TemperatureClass;

/**
 * Goods of one temperature class counted together: parcels per carrier, weight and volume. Used for what a
 * village receives and for what a trunk vehicle brings to a hub.
 *
 * @param temperatureClass ambient or chilled
 * @param parcelsByCarrier parcels per carrier
 * @param weightGrams total weight
 * @param volumeCubicCentimetres total volume
 */
record Consignment(TemperatureClass temperatureClass, Map<String, Integer> parcelsByCarrier, long weightGrams,
        long volumeCubicCentimetres) {

    int parcels() {
        return parcelsByCarrier.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean isEmpty() {
        return parcels() == 0 && weightGrams == 0 && volumeCubicCentimetres == 0;
    }

    Quantities quantities() {
        return Quantities.of(temperatureClass, Dimension.PARCELS, parcels())
                .with(temperatureClass, Dimension.GRAMS, weightGrams)
                .with(temperatureClass, Dimension.CUBIC_CENTIMETRES, volumeCubicCentimetres);
    }

    Consignment plus(Consignment other) {
        Map<String, Integer> sum = new LinkedHashMap<>(parcelsByCarrier);
        other.parcelsByCarrier.forEach((carrier, parcels) -> sum.merge(carrier, parcels, Integer::sum));
        return new Consignment(temperatureClass, sum, weightGrams + other.weightGrams,
                volumeCubicCentimetres + other.volumeCubicCentimetres);
    }

    static Consignment empty(TemperatureClass temperatureClass) {
        return new Consignment(temperatureClass, Map.of(), 0, 0);
    }

    /**
     * The village's parcels split by temperature class: chilled parcels take their share of the weight and
     * volume in proportion to their number, and are counted per carrier in the carriers' order, largest
     * shares first, so that the two parts add up to the village's demand exactly.
     */
    static Consignment[] ofVillage(VillageDemand village) {
        int parcels = village.parcels();
        int chilled = village.chilledParcels();
        if (parcels == 0) {
            return new Consignment[] {empty(TemperatureClass.AMBIENT), empty(TemperatureClass.CHILLED)};
        }
        long chilledGrams = village.weightGrams() * chilled / parcels;
        long chilledVolume = village.volumeCubicCentimetres() * chilled / parcels;
        Map<String, Integer> chilledByCarrier = new LinkedHashMap<>();
        Map<String, Integer> ambientByCarrier = new LinkedHashMap<>();
        int left = chilled;
        for (Map.Entry<String, Integer> entry : village.parcelsByCarrier().entrySet()) {
            int take = Math.min(left, (int) Math.ceil((double) entry.getValue() * chilled / parcels));
            left -= take;
            chilledByCarrier.put(entry.getKey(), take);
            ambientByCarrier.put(entry.getKey(), entry.getValue() - take);
        }
        return new Consignment[] {
            new Consignment(TemperatureClass.AMBIENT, ambientByCarrier, village.weightGrams() - chilledGrams,
                    village.volumeCubicCentimetres() - chilledVolume),
            new Consignment(TemperatureClass.CHILLED, chilledByCarrier, chilledGrams, chilledVolume)};
    }

    /**
     * @param parts how many nearly equal parts, ≥ 1
     * @return the parts, adding up to this consignment exactly
     */
    Consignment[] split(int parts) {
        Consignment[] result = new Consignment[parts];
        Map<String, Integer> givenByCarrier = new LinkedHashMap<>();
        long givenGrams = 0;
        long givenVolume = 0;
        for (int i = 0; i < parts; i++) {
            boolean last = i == parts - 1;
            Map<String, Integer> byCarrier = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> entry : parcelsByCarrier.entrySet()) {
                int given = givenByCarrier.getOrDefault(entry.getKey(), 0);
                int share = last ? entry.getValue() - given : entry.getValue() / parts;
                byCarrier.put(entry.getKey(), share);
                givenByCarrier.put(entry.getKey(), given + share);
            }
            long grams = last ? weightGrams - givenGrams : weightGrams / parts;
            long volume = last ? volumeCubicCentimetres - givenVolume : volumeCubicCentimetres / parts;
            givenGrams += grams;
            givenVolume += volume;
            result[i] = new Consignment(temperatureClass, byCarrier, grams, volume);
        }
        return result;
    }

    /** @return how many parts are needed so that each fits the capacity of the temperature class, or -1 if none does */
    int partsToFit(Quantities capacity) {
        long[] amounts = {parcels(), weightGrams, volumeCubicCentimetres};
        Dimension[] dimensions = {Dimension.PARCELS, Dimension.GRAMS, Dimension.CUBIC_CENTIMETRES};
        int parts = 1;
        for (int d = 0; d < dimensions.length; d++) {
            long cap = capacity.get(temperatureClass, dimensions[d]);
            if (amounts[d] > 0 && cap <= 0) {
                return -1;
            }
            if (amounts[d] > 0) {
                // nearly equal parts differ by the carriers' remainders, hence the margin of one part
                parts = (int) Math.max(parts, Math.ceilDiv(amounts[d], cap));
            }
        }
        Consignment[] trial = split(parts);
        for (Consignment part : trial) {
            if (!fits(part, capacity)) {
                return parts + 1;
            }
        }
        return parts;
    }

    private static boolean fits(Consignment part, Quantities capacity) {
        Quantities q = part.quantities();
        for (Dimension dimension : Dimension.values()) {
            if (q.get(part.temperatureClass, dimension) > capacity.get(part.temperatureClass, dimension)) {
                return false;
            }
        }
        return true;
    }
}
