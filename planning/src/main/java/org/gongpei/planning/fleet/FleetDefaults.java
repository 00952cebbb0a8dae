package org.gongpei.planning.fleet;

import java.util.List;

/**
 * The default fleet of a demo county and its cost parameters.
 *
 * @param vehicles vehicle types
 * @param costs cost and service parameters
 */
public record FleetDefaults(List<VehicleType> vehicles, CostParameters costs) {

    /**
     * @param vehicles vehicle types
     * @param costs cost and service parameters
     */
    public FleetDefaults {
        vehicles = List.copyOf(vehicles);
    }

    /**
     * The demo fleet for Daming County. Fuel, cooling, fixed and per-km costs and speeds come from
     * {@link CostParameters#defaults()} (DOMAIN.md). Vehicle counts, payloads and volumes are
     * ASSUMPTIONS (typical specifications of each class, not from the seeds): a van (面包车) 0.6 t and
     * 3 m³; a 4.2 m box truck (4.2米厢式货车, blue-plate light truck) 1.5 t and 16 m³; its
     * refrigerated version 1.3 t and 13 m³; an electric tricycle (电动三轮车) 0.3 t and 1.5 m³.
     *
     * @return the Daming demo fleet
     */
    public static FleetDefaults daming() {
        CostParameters c = CostParameters.defaults();
        double truckPerKm = c.costYuanPerKm();
        double reeferPerKm = c.costYuanPerKm() + (c.reeferTruckFuelYuanPerKm() - c.boxTruckFuelYuanPerKm());
        List<VehicleType> vehicles = List.of(
                new VehicleType("VAN", "面包车", 4, VehicleBase.CENTRE, 600, 3, false, 100, 0.6, 0,
                        c.countyRoadSpeedKmPerHour(),
                        "fixed cost: low end of 100–200 yuan/vehicle-day (DOMAIN.md); per km, counts, capacity: assumption"),
                new VehicleType("BOX_4_2", "4.2米厢式货车", 6, VehicleBase.CENTRE, 1_500, 16, false,
                        c.fixedCostYuanPerVehicleDay(), truckPerKm, 0, c.countyRoadSpeedKmPerHour(),
                        "fixed 100–200 yuan/day, 1 yuan/km, 40–60 km/h; diesel 10–12 L/100 km at 7.5 yuan/L (DOMAIN.md); "
                                + "count and capacity: assumption"),
                new VehicleType("REEFER_4_2", "4.2米冷藏车", 2, VehicleBase.CENTRE, 1_300, 13, true,
                        c.fixedCostYuanPerVehicleDay(), reeferPerKm, c.reeferCoolingYuanPerDay(), c.countyRoadSpeedKmPerHour(),
                        "13–15 L/100 km and cooling ~75 yuan/day (DOMAIN.md); per km = 1 yuan + extra diesel over the box "
                                + "truck; count and capacity: assumption"),
                new VehicleType("E_TRICYCLE", "电动三轮车", 2, VehicleBase.HUB, 300, 1.5, false, 30, 0.1, 0,
                        c.villageRoadSpeedKmPerHour(),
                        "speed: village roads ~20 km/h (DOMAIN.md); costs, count per hub, capacity: assumption"));
        return new FleetDefaults(vehicles, c);
    }

    /**
     * @param code a vehicle type's code
     * @return that vehicle type
     * @throws IllegalArgumentException when there is none
     */
    public VehicleType vehicle(String code) {
        return vehicles.stream().filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No vehicle type " + code));
    }
}
