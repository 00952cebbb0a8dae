package org.gongpei.solver.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gongpei.solver.testing.LineNetwork;
import org.junit.jupiter.api.Test;

class RoutePlanTest {

    @Test
    void rejectsAStopOutsideAVehicleMatrix() {
        Vehicle van = new Vehicle("van", 0, LineNetwork.matrix(3));
        assertThatThrownBy(() -> new RoutePlan("bad", List.of(van), List.of(new Stop("far", 7))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Stop far has location 7, outside the matrix of vehicle van.");
    }

    @Test
    void rejectsDuplicateStopIds() {
        Vehicle van = new Vehicle("van", 0, LineNetwork.matrix(3));
        assertThatThrownBy(() -> new RoutePlan("bad", List.of(van), List.of(new Stop("a", 1), new Stop("a", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Stop id a is used twice.");
    }

    @Test
    void rejectsAMatrixOfTheWrongSize() {
        assertThatThrownBy(() -> new TravelMatrix(2, new long[4], new long[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A travel matrix of 2 locations needs 4 distances and durations, got 4 and 3.");
    }
}
