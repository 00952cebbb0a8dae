package org.gongpei.planning.demand;

import java.time.LocalDateTime;

/**
 * Farm products a village ships up to the county on one day (the up flow, 农产品上行).
 *
 * @param villageCode the village's code
 * @param product what is shipped
 * @param parcels number of parcels, ≥ 1
 * @param weightKg total weight, kg
 * @param volumeM3 total volume, m³
 * @param readyTime when the goods are packed and ready for pickup, local time
 * @param chilled true when they must travel at 0–4 °C
 * @param maxHoursToColdStorage hours from ready time until they must be in cold storage (pre-cooling); null when ambient
 */
public record UpShipment(String villageCode, FarmProduct product, int parcels, double weightKg, double volumeM3,
        LocalDateTime readyTime, boolean chilled, Integer maxHoursToColdStorage) {
}
