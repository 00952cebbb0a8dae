package org.gongpei.planning.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FleetDefaultsTest {

    @Test
    void costDefaultsAreTheDomainBriefsNumbers() {
        CostParameters c = CostParameters.defaults();
        assertThat(c.dieselYuanPerLitre()).isEqualTo(7.5);
        assertThat(c.boxTruckLitresPer100Km()).isBetween(10.0, 12.0);
        assertThat(c.reeferTruckLitresPer100Km()).isBetween(13.0, 15.0);
        assertThat(c.fixedCostYuanPerVehicleDay()).isBetween(100.0, 200.0);
        assertThat(c.countyRoadSpeedKmPerHour()).isBetween(30.0, 60.0);
        assertThat(c.townshipRoadSpeedKmPerHour()).isBetween(20.0, 40.0);
        assertThat(c.maxDeliveryDays()).isEqualTo(3);
        // 11 L/100 km at 7.5 yuan/L
        assertThat(c.boxTruckFuelYuanPerKm()).isCloseTo(0.825, within(1e-9));
    }

    @Test
    void fleetHasEveryVehicleClassWithASource() {
        FleetDefaults fleet = FleetDefaults.daming();
        assertThat(fleet.vehicles()).extracting(VehicleType::code).containsExactly("VAN", "BOX_4_2", "REEFER_4_2", "E_TRICYCLE");
        assertThat(fleet.vehicles()).allSatisfy(v -> {
            assertThat(v.source()).isNotBlank();
            assertThat(v.capacityKg()).isPositive();
            assertThat(v.capacityM3()).isPositive();
            assertThat(v.refrigerated()).isEqualTo(v.coolingCostYuanPerDay() > 0);
        });
        VehicleType reefer = fleet.vehicles().get(2);
        // 1 yuan/km plus (14 − 11) L/100 km × 7.5 yuan/L of extra diesel
        assertThat(reefer.costYuanPerKm()).isCloseTo(1.225, within(1e-9));
        assertThat(fleet.vehicles().get(3).base()).isEqualTo(VehicleBase.HUB);
    }
}
