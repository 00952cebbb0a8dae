package org.gongpei.solver.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.TravelMatrix;
import org.gongpei.solver.testing.LineNetwork;
import org.junit.jupiter.api.Test;

class NearbyStopsTest {

    private static final TravelMatrix LINE = LineNetwork.matrix(10);
    private static final NeighbourLists TWO_NEAREST = NeighbourLists.build(LINE, 2);

    private static Stop at(int location) {
        return new Stop("s" + location, location);
    }

    @Test
    void nearestNeighboursOnALine() {
        assertThat(TWO_NEAREST.isNear(5, 4)).isTrue();
        assertThat(TWO_NEAREST.isNear(5, 6)).isTrue();
        assertThat(TWO_NEAREST.isNear(5, 7)).isFalse(); // two nearest of 5 are 4 and 6
        assertThat(TWO_NEAREST.isNear(5, 5)).isFalse();
        assertThat(TWO_NEAREST.isNear(0, 2)).isTrue(); // the depot's two nearest are 1 and 2
    }

    @Test
    void insertionBetweenOtherRouteStops() {
        List<Stop> route = List.of(at(1), at(4), at(8));
        assertThat(NearbyStops.landsNearNeighbour(route, -1, 2, at(5), TWO_NEAREST)).isTrue(); // after 4
        assertThat(NearbyStops.landsNearNeighbour(route, -1, 2, at(7), TWO_NEAREST)).isTrue(); // before 8
        assertThat(NearbyStops.landsNearNeighbour(route, -1, 0, at(7), TWO_NEAREST)).isFalse(); // before 1
        assertThat(NearbyStops.landsNearNeighbour(List.of(), -1, 0, at(7), TWO_NEAREST)).isTrue();
    }

    @Test
    void insertionWithinTheSameRouteUsesTheRouteAfterRemoval() {
        Stop moved = at(5);
        List<Stop> route = List.of(moved, at(1), at(9), at(6));
        // after removing 5: [1, 9, 6]; index 2 lies between 9 and 6, and 6 is near 5
        assertThat(NearbyStops.landsNearNeighbour(route, 0, 2, moved, TWO_NEAREST)).isTrue();
        // index 1 lies between 1 and 9, neither near 5
        assertThat(NearbyStops.landsNearNeighbour(route, 0, 1, moved, TWO_NEAREST)).isFalse();
    }
}
