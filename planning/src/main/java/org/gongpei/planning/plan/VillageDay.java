package org.gongpei.planning.plan;

import static org.gongpei.solver.domain.Dimension.CUBIC_CENTIMETRES;
import static org.gongpei.solver.domain.Dimension.GRAMS;
import static org.gongpei.solver.domain.Dimension.PARCELS;
import static org.gongpei.solver.domain.TemperatureClass.AMBIENT;
import static org.gongpei.solver.domain.TemperatureClass.CHILLED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.solver.domain.Quantities;

/** One village's demand of the day, summed over the demand rows. */
record VillageDay(VillageData village, Map<String, Integer> parcelsByCarrier, int parcels, int chilledParcels,
        double weightKg, double volumeM3, List<UpShipment> shipments) {

    /**
     * @return the villages with demand (down parcels or up shipments), in the county's order
     * @throws IllegalArgumentException naming a row's village code that the county does not have
     */
    static List<VillageDay> of(CountyNetworkData county, DayDemand demand) {
        Map<String, VillageData> villages = new HashMap<>();
        county.villages().forEach(village -> villages.put(village.code(), village));
        Map<String, Sum> sums = new HashMap<>();
        for (DownParcels row : demand.down()) {
            sum(sums, villages, row.villageCode(), "Down parcels").add(row);
        }
        for (UpShipment shipment : demand.up()) {
            sum(sums, villages, shipment.villageCode(), "An up shipment").up.add(shipment);
        }
        List<VillageDay> days = new ArrayList<>();
        for (VillageData village : county.villages()) {
            Sum sum = sums.get(village.code());
            if (sum != null && (sum.parcels() > 0 || !sum.up.isEmpty())) {
                days.add(new VillageDay(village, sum.byCarrierName(), sum.parcels(), sum.chilled, sum.weightKg,
                        sum.volumeM3, List.copyOf(sum.up)));
            }
        }
        return days;
    }

    private static Sum sum(Map<String, Sum> sums, Map<String, VillageData> villages, String code, String what) {
        if (!villages.containsKey(code)) {
            throw new IllegalArgumentException(what + " name village " + code + ", which is not in the county.");
        }
        return sums.computeIfAbsent(code, c -> new Sum());
    }

    long weightGrams() {
        return Math.round(weightKg * 1_000);
    }

    long volumeCubicCentimetres() {
        return Math.round(volumeM3 * 1_000_000);
    }

    /**
     * @return the down parcels per compartment; the chilled ones' weight and volume estimated by their
     *         share of the parcels (the demand rows give only totals)
     */
    Quantities downLoad() {
        double chilledShare = parcels == 0 ? 0 : (double) chilledParcels / parcels;
        long chilledGrams = Math.round(weightGrams() * chilledShare);
        long chilledCubicCentimetres = Math.round(volumeCubicCentimetres() * chilledShare);
        return Quantities.of(AMBIENT, PARCELS, parcels - chilledParcels)
                .with(AMBIENT, GRAMS, weightGrams() - chilledGrams)
                .with(AMBIENT, CUBIC_CENTIMETRES, volumeCubicCentimetres() - chilledCubicCentimetres)
                .with(CHILLED, PARCELS, chilledParcels)
                .with(CHILLED, GRAMS, chilledGrams)
                .with(CHILLED, CUBIC_CENTIMETRES, chilledCubicCentimetres);
    }

    /** @return the up shipments per compartment */
    Quantities upLoad() {
        Quantities total = Quantities.ZERO;
        for (UpShipment shipment : shipments) {
            var temperature = shipment.chilled() ? CHILLED : AMBIENT;
            total = total.plus(Quantities.of(temperature, PARCELS, shipment.parcels())
                    .with(temperature, GRAMS, Math.round(shipment.weightKg() * 1_000))
                    .with(temperature, CUBIC_CENTIMETRES, Math.round(shipment.volumeM3() * 1_000_000)));
        }
        return total;
    }

    private static final class Sum {
        private final int[] parcelsByCarrier = new int[Carrier.values().length];
        private int chilled;
        private double weightKg;
        private double volumeM3;
        private final List<UpShipment> up = new ArrayList<>();

        void add(DownParcels row) {
            parcelsByCarrier[row.carrier().ordinal()] += row.parcels();
            chilled += row.chilledParcels();
            weightKg += row.weightKg();
            volumeM3 += row.volumeM3();
        }

        int parcels() {
            int parcels = 0;
            for (int n : parcelsByCarrier) {
                parcels += n;
            }
            return parcels;
        }

        /** @return parcels per {@link Carrier#name()}, in carrier order */
        Map<String, Integer> byCarrierName() {
            Map<String, Integer> byName = new LinkedHashMap<>();
            for (Carrier carrier : Carrier.values()) {
                byName.put(carrier.name(), parcelsByCarrier[carrier.ordinal()]);
            }
            return Collections.unmodifiableMap(byName);
        }
    }
}
