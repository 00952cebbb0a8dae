package org.gongpei.solver.daily.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One village station's demand on the planned day: parcels down by carrier, farm products up.
 *
 * @param code village code
 * @param name village name
 * @param locationIndex index of the station in every travel matrix
 * @param parcelsByCarrier parcels to deliver per express brand, in a stable order
 * @param chilledParcels how many of the parcels need the cold chain, ≤ their total
 * @param weightGrams weight of all parcels to deliver, grams
 * @param volumeCubicCentimetres volume of all parcels to deliver, cm³
 * @param pickups farm products to collect
 */
public record VillageDemand(String code, String name, int locationIndex, Map<String, Integer> parcelsByCarrier,
        int chilledParcels, long weightGrams, long volumeCubicCentimetres, List<FarmPickup> pickups) {

    public VillageDemand {
        if (locationIndex < 0) {
            throw new IllegalArgumentException("Village " + code + " has a negative location index.");
        }
        parcelsByCarrier = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parcelsByCarrier));
        int parcels = 0;
        for (Map.Entry<String, Integer> entry : parcelsByCarrier.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("Village " + code + " has a negative parcel count for "
                        + entry.getKey() + ".");
            }
            parcels += entry.getValue();
        }
        if (chilledParcels < 0 || chilledParcels > parcels) {
            throw new IllegalArgumentException("Village " + code + " has " + chilledParcels
                    + " chilled parcels out of " + parcels + ".");
        }
        if (weightGrams < 0 || volumeCubicCentimetres < 0) {
            throw new IllegalArgumentException("Village " + code + " has a negative weight or volume.");
        }
        pickups = List.copyOf(pickups);
    }

    /** @return parcels to deliver, all carriers */
    public int parcels() {
        return parcelsByCarrier.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return parcels to collect, all products */
    public int pickupParcels() {
        return pickups.stream().mapToInt(FarmPickup::parcels).sum();
    }

    /** @return whether there is anything to deliver or collect */
    public boolean hasDemand() {
        return parcels() > 0 || !pickups.isEmpty();
    }

    /** @return whether any pickup must travel chilled */
    public boolean hasChilledPickup() {
        return pickups.stream().anyMatch(FarmPickup::chilled);
    }
}
