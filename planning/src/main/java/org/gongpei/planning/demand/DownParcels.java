package org.gongpei.planning.demand;

import java.time.LocalDate;

/**
 * Parcels one carrier delivers to one village on one day (the down flow, 工业品下乡).
 *
 * @param date delivery date
 * @param villageCode the village's code
 * @param carrier the express brand
 * @param parcels number of parcels, ≥ 0
 * @param chilledParcels how many of them need the cold chain (fresh food), ≤ parcels
 * @param volumeM3 total volume, m³
 * @param weightKg total weight, kg
 */
public record DownParcels(LocalDate date, String villageCode, Carrier carrier, int parcels, int chilledParcels,
        double volumeM3, double weightKg) {
}
