package org.gongpei.maps;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TravelMatrixTest {

    @Test
    void isImmutableAndRowMajor() {
        double[] metres = {0, 100, 120, 0};
        double[] seconds = {0, 10, 12, 0};
        TravelMatrix matrix = new TravelMatrix(2, metres, seconds);
        metres[1] = 5;
        matrix.distancesMetres()[1] = 7;
        assertThat(matrix.distanceMetres(0, 1)).isEqualTo(100);
        assertThat(matrix.distanceMetres(1, 0)).isEqualTo(120);
        assertThat(matrix.timeSeconds(1, 0)).isEqualTo(12);
        assertThat(matrix.memoryBytes()).isEqualTo(64);
    }

    @Test
    void rejectsWrongLengthsAndUnusableCells() {
        assertThatThrownBy(() -> new TravelMatrix(2, new double[3], new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 4");
        assertThatThrownBy(() -> new TravelMatrix(2, new double[]{0, 1, Double.POSITIVE_INFINITY, 0}, new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 0");
        assertThatThrownBy(() -> new TravelMatrix(1, new double[1], new double[1]).distanceMetres(0, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
