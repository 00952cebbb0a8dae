package org.gongpei.planning.fleet;

/**
 * A vehicle type of the default fleet.
 *
 * @param code short identifier
 * @param name display name
 * @param count vehicles of this type (per hub for {@link VehicleBase#HUB})
 * @param base where they start and end the day
 * @param capacityKg payload, kg
 * @param capacityM3 load volume, m³
 * @param refrigerated true when the box holds 0–4 °C
 * @param fixedCostYuanPerDay cost of using one vehicle for a day, yuan
 * @param costYuanPerKm running cost, yuan per km
 * @param coolingCostYuanPerDay refrigeration cost per day, yuan (0 when not refrigerated)
 * @param averageSpeedKmPerHour planning speed, km/h
 * @param source where the numbers come from
 */
public record VehicleType(
        String code,
        String name,
        int count,
        VehicleBase base,
        double capacityKg,
        double capacityM3,
        boolean refrigerated,
        double fixedCostYuanPerDay,
        double costYuanPerKm,
        double coolingCostYuanPerDay,
        double averageSpeedKmPerHour,
        String source) {
}
