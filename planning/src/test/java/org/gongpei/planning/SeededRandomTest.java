package org.gongpei.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void sameKeysGiveTheSameStream() {
        assertThat(SeededRandom.of(5, 1, 2).nextLong()).isEqualTo(SeededRandom.of(5, 1, 2).nextLong());
    }

    @Test
    void neighbouringKeysGiveUnrelatedFirstValues() {
        // plain Random(s) and Random(s + 1) start within about 1e-4 of each other
        double a = SeededRandom.of(5, 1).nextDouble();
        double b = SeededRandom.of(5, 2).nextDouble();
        double c = SeededRandom.of(6, 1).nextDouble();
        assertThat(Math.abs(a - b)).isGreaterThan(1e-3);
        assertThat(Math.abs(a - c)).isGreaterThan(1e-3);
    }
}
