package org.gongpei.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongpei.solver.domain.Dimension.CUBIC_CENTIMETRES;
import static org.gongpei.solver.domain.Dimension.GRAMS;
import static org.gongpei.solver.domain.Dimension.PARCELS;
import static org.gongpei.solver.domain.TemperatureClass.AMBIENT;
import static org.gongpei.solver.domain.TemperatureClass.CHILLED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.FarmProduct;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.fleet.FleetSettings.VehicleSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.solver.domain.Quantities;
import org.junit.jupiter.api.Test;

class DailyFleetTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 16);

    @Test
    void aCountIsTheLargestLoadRatioWithMarginPlusOne() {
        Quantities truck = Quantities.of(AMBIENT, GRAMS, 1_500_000).with(AMBIENT, CUBIC_CENTIMETRES, 16_000_000)
                .with(AMBIENT, PARCELS, 3_000);
        // 3 t is 2 trucks by weight, 8 m³ half a truck by volume: ceil(1.3 × 2) + 1 = 4
        assertThat(DailyFleet.count(Quantities.of(AMBIENT, GRAMS, 3_000_000).with(AMBIENT, CUBIC_CENTIMETRES, 8_000_000), truck))
                .isEqualTo(4);
        // 48 m³ is 3 trucks by volume: ceil(3.9) + 1 = 5; chilled goods are not the box truck's
        assertThat(DailyFleet.count(Quantities.of(AMBIENT, CUBIC_CENTIMETRES, 48_000_000).with(CHILLED, GRAMS, 9_000_000), truck))
                .isEqualTo(5);
        assertThat(DailyFleet.count(Quantities.ZERO, truck)).isEqualTo(1);
    }

    @Test
    void chilledDemandSizesTheReefersAndTheVansBoxes() {
        CountyNetworkData county = DemoCounties.bayreuth();
        String village = county.villages().get(0).code();
        // 100 parcels, 40 chilled, 200 kg, 1 m³: the chilled share is 80 kg, 0.4 m³; plus 600 kg, 0.3 m³ of chilled fruit up
        DayDemand demand = new DayDemand(DAY,
                List.of(new DownParcels(DAY, village, Carrier.ZTO, 100, 40, 1.0, 200)),
                List.of(new UpShipment(village, FarmProduct.FRESH_FRUIT, 120, 600, 0.3, LocalDateTime.of(DAY, java.time.LocalTime.of(7, 0)),
                        true, 6)));

        DailyFleet fleet = DailyFleet.sizedFor(county, demand);

        // reefer 1,300 kg: 680 kg chilled is 0.52 of a truck, ceil(0.68) + 1 = 2
        assertThat(type(fleet, DailyFleet.REFRIGERATED_TRUCK).count()).isEqualTo(2);
        // the van's insulated box holds 150 kg and 0.4 m³: 680 kg is 4.53 boxes (0.7 m³ only 1.75), ceil(5.89) + 1 = 7
        int centreVans = type(fleet, DailyFleet.CENTRE_VAN).count();
        int hubVans = type(fleet, DailyFleet.HUB_VAN).count();
        assertThat(Math.max(centreVans, hubVans)).isEqualTo(7);
        // box trucks see only the 120 kg ambient down: ceil(1.3 × 0.08) + 1 = 2
        assertThat(type(fleet, DailyFleet.BOX_TRUCK).count()).isEqualTo(2);
    }

    @Test
    void moreDeliveryVansLeaveTheTrunkAlone() {
        CountyNetworkData county = DemoCounties.bayreuth();
        DailyFleet fleet = DailyFleet.sizedFor(county, DayDemand.generated(county, DAY, 1));

        DailyFleet more = fleet.withMoreDeliveryVans(1.5);

        for (String code : List.of(DailyFleet.CENTRE_VAN, DailyFleet.HUB_VAN)) {
            assertThat(type(more, code).count()).isEqualTo((int) Math.ceil(1.5 * type(fleet, code).count()));
        }
        for (String code : List.of(DailyFleet.BOX_TRUCK, DailyFleet.REFRIGERATED_TRUCK)) {
            assertThat(type(more, code)).isEqualTo(type(fleet, code));
        }
        assertThatThrownBy(() -> fleet.withMoreDeliveryVans(0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCountysSettingsGiveItsClassesCostsShiftAndStatedCounts() {
        CountyNetworkData county = DemoCounties.bayreuth();
        DayDemand demand = DayDemand.generated(county, DAY, 1);
        FleetSettings defaults = FleetSettings.defaults();
        FleetSettings own = new FleetSettings(defaults.trunkTruck(), defaults.chilledTruck(),
                new VehicleSettings("金杯小海狮", 800, 4, 200, 0.5, 3, 120, 0.8, 25), 6, 20, 10, 0.3, 0.15);

        DailyFleet fleet = DailyFleet.sizedFor(county, demand, own);

        org.gongpei.solver.daily.model.VehicleType hubVan = type(fleet, DailyFleet.HUB_VAN);
        assertThat(hubVan.name()).startsWith("金杯小海狮");
        assertThat(hubVan.count()).isEqualTo(3);
        assertThat(type(fleet, DailyFleet.CENTRE_VAN).count()).isEqualTo(3);
        assertThat(hubVan.fixedCostFen()).isEqualTo(12_000);
        assertThat(hubVan.costPerKilometreFen()).isEqualTo(80);
        assertThat(hubVan.costPerHourFen()).isEqualTo(2_500);
        assertThat(hubVan.capacity().get(AMBIENT, GRAMS)).isEqualTo(600_000);
        assertThat(hubVan.capacity().get(CHILLED, CUBIC_CENTIMETRES)).isEqualTo(500_000);
        assertThat(hubVan.shiftStartSeconds()).isEqualTo(6 * 3600);
        assertThat(hubVan.shiftEndSeconds()).isEqualTo(20 * 3600);
        assertThat(hubVan.maxWorkingSeconds()).isEqualTo(10 * 3600);
        // the trunk is still sized to the day, as with the defaults, and works the county's shift
        org.gongpei.solver.daily.model.VehicleType box = type(fleet, DailyFleet.BOX_TRUCK);
        org.gongpei.solver.daily.model.VehicleType defaultBox = type(DailyFleet.sizedFor(county, demand),
                DailyFleet.BOX_TRUCK);
        assertThat(box.count()).isEqualTo(defaultBox.count());
        assertThat(box.capacity()).isEqualTo(defaultBox.capacity());
        assertThat(box.shiftEndSeconds()).isEqualTo(20 * 3600);
    }

    @Test
    void settingsThatCannotBeUsedAreRefused() {
        FleetSettings defaults = FleetSettings.defaults();
        FleetSettings bad = new FleetSettings(defaults.trunkTruck(), defaults.chilledTruck(),
                new VehicleSettings("面包车", -1, 3, 0, 0, 0, 100, 1, 0), 8, 7, 11, 0.2, 0.1);
        CountyNetworkData county = DemoCounties.bayreuth();

        assertThatThrownBy(() -> DailyFleet.sizedFor(county, DayDemand.generated(county, DAY, 1), bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("van.capacityKg");
    }

    @Test
    void anEmptyFleetIsRefused() {
        assertThatThrownBy(() -> new DailyFleet(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static org.gongpei.solver.daily.model.VehicleType type(DailyFleet fleet, String code) {
        return fleet.vehicleTypes().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
