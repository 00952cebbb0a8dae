package org.gongpei.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadProfileTest {

    private static final int AMBIENT_PARCELS = Quantities.index(TemperatureClass.AMBIENT, Dimension.PARCELS);
    private static final int FROZEN_GRAMS = Quantities.index(TemperatureClass.FROZEN, Dimension.GRAMS);

    private static Quantities ambient(long parcels) {
        return Quantities.of(TemperatureClass.AMBIENT, Dimension.PARCELS, parcels);
    }

    @Test
    void peakIsDeliveriesPlusLargestNetPickupSoFar() {
        LoadProfile first = LoadProfile.START.after(ambient(5), ambient(0));
        assertThat(first.peakLoadIfLast(AMBIENT_PARCELS)).isEqualTo(5); // 5 loaded, 0 after
        LoadProfile second = first.after(ambient(7), ambient(9));
        assertThat(second.peakLoadIfLast(AMBIENT_PARCELS)).isEqualTo(12); // on board 12, 7, 9
        LoadProfile third = second.after(ambient(0), ambient(6));
        assertThat(third.peakLoadIfLast(AMBIENT_PARCELS)).isEqualTo(15); // on board 12, 7, 9, 15
    }

    @Test
    void componentsAreIndependent() {
        LoadProfile profile = LoadProfile.START
                .after(Quantities.of(TemperatureClass.FROZEN, Dimension.GRAMS, 4_000), ambient(3));
        assertThat(profile.peakLoadIfLast(FROZEN_GRAMS)).isEqualTo(4_000);
        assertThat(profile.peakLoadIfLast(AMBIENT_PARCELS)).isEqualTo(3);
        assertThat(profile).isEqualTo(LoadProfile.START
                .after(Quantities.of(TemperatureClass.FROZEN, Dimension.GRAMS, 4_000), ambient(3)));
    }

    @Test
    void quantitiesCannotBeNegative() {
        assertThatThrownBy(() -> ambient(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
