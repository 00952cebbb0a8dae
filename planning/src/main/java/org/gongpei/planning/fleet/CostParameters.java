package org.gongpei.planning.fleet;

/**
 * Cost and service parameters for a demo county. Every value is a default from DOMAIN.md; a
 * deployment sets its own.
 *
 * @param dieselYuanPerLitre diesel price: ~7.5 yuan/L (DOMAIN.md, industry news)
 * @param boxTruckLitresPer100Km 4.2 m box truck consumption: 10–12 L/100 km, midpoint (DOMAIN.md)
 * @param reeferTruckLitresPer100Km 4.2 m refrigerated truck: 13–15 L/100 km, midpoint (DOMAIN.md)
 * @param reeferCoolingYuanPerDay cooling ~75 yuan/day at 400 km/day (DOMAIN.md)
 * @param fixedCostYuanPerVehicleDay 100–200 yuan per vehicle-day, midpoint (DOMAIN.md, academic VRP sets)
 * @param costYuanPerKm 1 yuan/km (DOMAIN.md, academic VRP sets)
 * @param countyRoadSpeedKmPerHour county roads 30–60 km/h, midpoint (DOMAIN.md)
 * @param townshipRoadSpeedKmPerHour township roads 20–40 km/h, midpoint (DOMAIN.md)
 * @param villageRoadSpeedKmPerHour village roads ~20 km/h (DOMAIN.md)
 * @param freshDamageRatePerMinuteInTransit λ of P·(1−e^(−λt)) in transit: 0.001/min (DOMAIN.md)
 * @param freshDamageRatePerMinuteDoorsOpen λ with doors open: 0.0015/min (DOMAIN.md)
 * @param maxDeliveryDays county-to-village delivery target: 3 days (DOMAIN.md, seed 004)
 * @param maxSubsidyYuanPerParcel2021 Shandong example phase-out: 0.3 yuan/parcel in 2021 (DOMAIN.md)
 * @param maxSubsidyYuanPerParcel2022 0.2 yuan/parcel in 2022 (DOMAIN.md)
 * @param maxSubsidyYuanPerParcel2023 0.1 yuan/parcel in 2023, nothing after (DOMAIN.md)
 */
public record CostParameters(
        double dieselYuanPerLitre,
        double boxTruckLitresPer100Km,
        double reeferTruckLitresPer100Km,
        double reeferCoolingYuanPerDay,
        double fixedCostYuanPerVehicleDay,
        double costYuanPerKm,
        double countyRoadSpeedKmPerHour,
        double townshipRoadSpeedKmPerHour,
        double villageRoadSpeedKmPerHour,
        double freshDamageRatePerMinuteInTransit,
        double freshDamageRatePerMinuteDoorsOpen,
        int maxDeliveryDays,
        double maxSubsidyYuanPerParcel2021,
        double maxSubsidyYuanPerParcel2022,
        double maxSubsidyYuanPerParcel2023) {

    /** @return the DOMAIN.md defaults */
    public static CostParameters defaults() {
        return new CostParameters(7.5, 11, 14, 75, 150, 1.0, 45, 30, 20, 0.001, 0.0015, 3, 0.3, 0.2, 0.1);
    }

    /** @return diesel cost of a 4.2 m box truck, yuan per km */
    public double boxTruckFuelYuanPerKm() {
        return dieselYuanPerLitre * boxTruckLitresPer100Km / 100;
    }

    /** @return diesel cost of a 4.2 m refrigerated truck, yuan per km */
    public double reeferTruckFuelYuanPerKm() {
        return dieselYuanPerLitre * reeferTruckLitresPer100Km / 100;
    }
}
