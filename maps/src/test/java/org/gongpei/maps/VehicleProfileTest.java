package org.gongpei.maps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleProfileTest {

    private static final int SECONDARY = VehicleProfile.roadClasses().indexOf("secondary");
    private static final int TERTIARY = VehicleProfile.roadClasses().indexOf("tertiary");
    private static final int VILLAGE = VehicleProfile.roadClasses().indexOf("unclassified/residential");

    @ParameterizedTest
    @EnumSource(value = VehicleProfile.class, names = {"VAN", "BOX_TRUCK", "REFRIGERATED_TRUCK"})
    void motorVehiclesFollowTheDomainSpeedRanges(VehicleProfile profile) {
        assertThat(profile.speedCapKmh(SECONDARY)).isBetween(30, 60);
        assertThat(profile.speedCapKmh(TERTIARY)).isBetween(20, 40);
        assertThat(profile.speedCapKmh(VILLAGE)).isEqualTo(20);
    }

    @Test
    void tricycleKeepsToTownshipAndVillageRoads() {
        VehicleProfile tricycle = VehicleProfile.ELECTRIC_TRICYCLE;
        assertThat(tricycle.speedCapKmh(SECONDARY)).isZero();
        assertThat(tricycle.speedCapKmh(VehicleProfile.roadClasses().indexOf("primary"))).isZero();
        for (int i = 0; i < VehicleProfile.roadClasses().size(); i++) {
            assertThat(tricycle.speedCapKmh(i)).isLessThanOrEqualTo(VehicleProfile.VAN.speedCapKmh(i));
        }
        assertThat(tricycle.customModel().toString()).contains("road_class == SECONDARY");
    }
}
