package org.gongpei.maps;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HaversineMatrixProviderTest {

    @Test
    void oneDegreeOfLatitudeTimesTheRoadFactorAtTheGivenSpeed() {
        List<Location> locations = List.of(new Location("a", 36.0, 115.0), new Location("b", 37.0, 115.0));
        TravelMatrix matrix = new HaversineMatrixProvider(1.5, 36).matrix(locations);
        // one degree on a 6371 km sphere is 111195 m; x 1.5 = 166793 m; at 10 m/s
        assertThat(matrix.distanceMetres(0, 1)).isCloseTo(166_793, within(1.0));
        assertThat(matrix.timeSeconds(1, 0)).isCloseTo(16_679.3, within(0.1));
        assertThat(matrix.distanceMetres(1, 1)).isZero();
    }

    @Test
    void rejectsRoadFactorBelowOneAndNonPositiveSpeed() {
        assertThatThrownBy(() -> new HaversineMatrixProvider(0.9, 40)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Road factor");
        assertThatThrownBy(() -> new HaversineMatrixProvider(1.3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Speed");
    }
}
