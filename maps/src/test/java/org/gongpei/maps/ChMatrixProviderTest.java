package org.gongpei.maps;

import com.graphhopper.ResponsePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChMatrixProviderTest {

    private final RoadNetwork network = TestNetworks.northBayreuth();

    @ParameterizedTest
    @EnumSource(VehicleProfile.class)
    void matrixEqualsPointToPointRoutingCellByCell(VehicleProfile profile) {
        List<Location> locations = network.sampleLocations(profile, 25, 42);
        TravelMatrix matrix = network.matrixProvider(profile).matrix(locations);
        for (int i = 0; i < locations.size(); i++) {
            for (int j = 0; j < locations.size(); j++) {
                if (i == j) {
                    assertThat(matrix.distanceMetres(i, j)).isZero();
                    continue;
                }
                ResponsePath path = network.routePath(profile, locations.get(i), locations.get(j));
                assertThat(matrix.distanceMetres(i, j)).as("distance %d -> %d", i, j)
                        .isCloseTo(path.getDistance(), within(0.01));
                assertThat(matrix.timeSeconds(i, j)).as("time %d -> %d", i, j)
                        .isCloseTo(path.getTime() / 1000.0, within(0.001));
            }
        }
    }
}
