package org.gongpei.maps;

import com.graphhopper.ResponsePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChMatrixProviderTest {

    /** Two nodes of the eastbound carriageway of the A70 (OSM way 206617785), 758 m apart along it. */
    private static final Location A70_WEST = new Location("A70 west", 50.0388334, 11.5106614);
    private static final Location A70_EAST = new Location("A70 east", 50.0354845, 11.5198807);
    private static final Location CENTRE = new Location("县共配中心", 50.0308452, 11.5901676);
    /** Its nearest tricycle road is reached from the centre only over secondary roads, which tricycles avoid. */
    private static final Location ISLAND_VILLAGE = new Location("孤岛村", 49.978678, 11.511473);

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
                    assertThat(matrix.timeSeconds(i, j)).isZero();
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

    @Test
    void oneWayCarriagewayIsShortAlongAndLongAgainstTheTraffic() {
        TravelMatrix matrix = network.matrixProvider(VehicleProfile.VAN).matrix(List.of(A70_WEST, A70_EAST));
        // 758 m measured along the way's nodes; the road graph stores the same geometry
        assertThat(matrix.distanceMetres(0, 1)).isCloseTo(758, within(2.0));
        // back west the van must find the other carriageway through an interchange
        assertThat(matrix.distanceMetres(1, 0)).isGreaterThan(2 * matrix.distanceMetres(0, 1));
        assertThat(matrix.distanceMetres(1, 0))
                .isCloseTo(network.routePath(VehicleProfile.VAN, A70_EAST, A70_WEST).getDistance(), within(0.01));
    }

    @Test
    void repeatedLocationGetsZeroCellsAndIdenticalRows() {
        TravelMatrix matrix = network.matrixProvider(VehicleProfile.VAN)
                .matrix(List.of(CENTRE, A70_WEST, new Location("copy of centre", CENTRE.latitude(), CENTRE.longitude())));
        assertThat(matrix.distanceMetres(0, 2)).isZero();
        assertThat(matrix.distanceMetres(2, 0)).isZero();
        assertThat(matrix.distanceMetres(2, 1)).isEqualTo(matrix.distanceMetres(0, 1)).isPositive();
        assertThat(matrix.timeSeconds(1, 2)).isEqualTo(matrix.timeSeconds(1, 0)).isPositive();
    }

    @Test
    void roadDistanceIsNeverShorterThanTheStraightLine() {
        List<Location> locations = network.sampleLocations(VehicleProfile.BOX_TRUCK, 40, 7);
        TravelMatrix road = network.matrixProvider(VehicleProfile.BOX_TRUCK).matrix(locations);
        TravelMatrix straight = new HaversineMatrixProvider(1, 50).matrix(locations);
        for (int i = 0; i < locations.size(); i++) {
            for (int j = 0; j < locations.size(); j++) {
                assertThat(road.distanceMetres(i, j)).isGreaterThanOrEqualTo(straight.distanceMetres(i, j) * 0.999);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(VehicleProfile.class)
    void averageSpeedNeverExceedsTheProfilesFastestCap(VehicleProfile profile) {
        int fastestCapKmh = 0;
        for (int i = 0; i < VehicleProfile.roadClasses().size(); i++) {
            fastestCapKmh = Math.max(fastestCapKmh, profile.speedCapKmh(i));
        }
        List<Location> locations = network.sampleLocations(profile, 30, 5);
        TravelMatrix matrix = network.matrixProvider(profile).matrix(locations);
        for (int i = 0; i < locations.size(); i++) {
            for (int j = 0; j < locations.size(); j++) {
                if (matrix.distanceMetres(i, j) > 0) {
                    double kmh = matrix.distanceMetres(i, j) / matrix.timeSeconds(i, j) * 3.6;
                    assertThat(kmh).as("%s %d -> %d", profile, i, j).isLessThanOrEqualTo(fastestCapKmh + 0.5);
                }
            }
        }
    }

    @Test
    void slowerVehicleNeverArrivesEarlier() {
        List<Location> locations = network.sampleLocations(VehicleProfile.ELECTRIC_TRICYCLE, 30, 11);
        TravelMatrix tricycle = network.matrixProvider(VehicleProfile.ELECTRIC_TRICYCLE).matrix(locations);
        TravelMatrix van = network.matrixProvider(VehicleProfile.VAN).matrix(locations);
        for (int i = 0; i < locations.size(); i++) {
            for (int j = 0; j < locations.size(); j++) {
                assertThat(tricycle.timeSeconds(i, j)).isGreaterThanOrEqualTo(van.timeSeconds(i, j));
            }
        }
    }

    @Test
    void locationFarFromAnyRoadIsReportedWithIndexAndLabel() {
        Location lake = new Location("湖心村", 50.3, 11.5);
        assertThatThrownBy(() -> network.matrixProvider(VehicleProfile.VAN).matrix(List.of(CENTRE, A70_WEST, lake)))
                .isInstanceOfSatisfying(PointNotRoutableException.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.label()).isEqualTo("湖心村");
                    assertThat(e.reason()).isEqualTo(PointNotRoutableException.Reason.TOO_FAR_FROM_ROAD);
                    assertThat(e.getMessage()).contains("湖心村");
                });
    }

    @Test
    void snapLimitIsConfigurable() {
        List<SnappedLocation> snapped = network.snap(VehicleProfile.ELECTRIC_TRICYCLE, List.of(ISLAND_VILLAGE), 1000);
        double distance = snapped.get(0).snapDistanceMetres();
        // the village lies 108 m from its road
        assertThat(distance).isCloseTo(108, within(1.0));
        assertThatThrownBy(() -> network.matrixProvider(VehicleProfile.ELECTRIC_TRICYCLE, 50, 0)
                .matrix(List.of(CENTRE, ISLAND_VILLAGE)))
                .isInstanceOfSatisfying(PointNotRoutableException.class, e -> assertThat(e.index()).isEqualTo(1));
    }

    @Test
    void roadIslandIsReportedWithIndexAndLabel() {
        assertThatThrownBy(() -> network.matrixProvider(VehicleProfile.ELECTRIC_TRICYCLE)
                .matrix(List.of(CENTRE, new Location("王村", 50.0300, 11.5850), ISLAND_VILLAGE)))
                .isInstanceOfSatisfying(PointNotRoutableException.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.label()).isEqualTo("孤岛村");
                    assertThat(e.reason()).isEqualTo(PointNotRoutableException.Reason.NOT_CONNECTED);
                });
        TravelMatrix byVan = network.matrixProvider(VehicleProfile.VAN).matrix(List.of(CENTRE, ISLAND_VILLAGE));
        assertThat(byVan.distanceMetres(0, 1)).isPositive();
    }
}
