package org.gongpei.planning.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.gongpei.planning.fleet.FleetSettings.Problem;
import org.gongpei.planning.fleet.FleetSettings.VehicleSettings;
import org.gongpei.solver.daily.model.DailyParameters;
import org.junit.jupiter.api.Test;

class FleetSettingsTest {

    private static final FleetSettings DEFAULTS = FleetSettings.defaults();

    @Test
    void theDemoCountysSettingsCanBeUsed() {
        assertThat(DEFAULTS.problems()).isEmpty();
        assertThat(DEFAULTS.van().chilledKg()).isEqualTo(150);
        assertThat(DEFAULTS.chilledTruck().chilledKg()).isEqualTo(DEFAULTS.chilledTruck().capacityKg());
        // the refrigerated truck's day includes its cooling (~75 yuan, DOMAIN.md)
        assertThat(DEFAULTS.chilledTruck().fixedYuanPerDay()).isEqualTo(DEFAULTS.trunkTruck().fixedYuanPerDay() + 75);
    }

    @Test
    void eachFieldThatCannotBeUsedIsNamed() {
        VehicleSettings van = new VehicleSettings(" ", 0, Double.NaN, 900, 0.1, -2, -1, 1e9, 0);
        VehicleSettings truck = new VehicleSettings("4.2米冷藏车", 1_300, 13, 0, 0, 20_000, 225, 1.4, 0);
        FleetSettings settings = new FleetSettings(null, truck, van, 25, 6, 30, -0.1, 0.1, 0, 20_000_000, 9, -1.0, 601,
                0.0, Double.NaN);

        assertThat(settings.problems()).extracting(Problem::field, Problem::code).containsExactly(
                tuple("trunkTruck", "required"),
                tuple("chilledTruck.chilledKg", "noChilledSpace"),
                tuple("chilledTruck.count", "tooLarge"),
                tuple("van.name", "required"),
                tuple("van.capacityKg", "notPositive"),
                tuple("van.capacityM3", "notPositive"),
                tuple("van.chilledKg", "chilledOverCapacity"),
                tuple("van.count", "notPositive"),
                tuple("van.fixedYuanPerDay", "negative"),
                tuple("van.yuanPerKm", "tooLarge"),
                tuple("shiftStartHour", "hourOfDay"),
                tuple("shiftEndHour", "shiftOrder"),
                tuple("maxWorkingHours", "tooLarge"),
                tuple("centreHandlingYuanPerParcel", "negative"),
                tuple("hubDocks", "notPositive"),
                tuple("hubSortingParcelsPerHour", "tooLarge"),
                tuple("vanTripsPerDay", "tooLarge"),
                tuple("reloadMinutes", "negative"),
                tuple("reloadSecondsPerParcel", "tooLarge"),
                tuple("drivingHoursBeforeBreak", "notPositive"),
                tuple("breakMinutes", "notPositive"));
    }

    @Test
    void aCountysTripsReloadAndBreaksReplaceTheDefaultsAndTheRestAreKept() {
        DailyParameters defaults = DailyParameters.defaults(java.time.Duration.ofSeconds(5));
        assertThat(DEFAULTS.applyTo(defaults)).isEqualTo(defaults);

        FleetSettings own = new FleetSettings(DEFAULTS.trunkTruck(), DEFAULTS.chilledTruck(), DEFAULTS.van(), 5.5, 21, 11,
                0.2, 0.1, 2, null, 2, 20.0, 8, 4.5, 45.0);
        DailyParameters applied = own.applyTo(defaults);
        assertThat(applied.maxTripsPerVan()).isEqualTo(2);
        assertThat(applied.reloadSeconds()).isEqualTo(20 * 60);
        assertThat(applied.reloadSecondsPerParcel()).isEqualTo(8);
        assertThat(applied.maxDrivingSeconds()).isEqualTo(270 * 60);
        assertThat(applied.breakSeconds()).isEqualTo(45 * 60);
        assertThat(applied.hubDocks()).isEqualTo(2);
        assertThat(applied.hubSortingParcelsPerHour()).isZero();
        assertThat(applied.timeLimit()).isEqualTo(defaults.timeLimit());
        assertThat(own.problems()).isEmpty();
    }
}
