package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    @Test
    void sharesAreProportionalAndAddUpExactly() {
        long[] shares = LargestRemainder.split(100, new double[] {1, 1, 1});
        assertThat(shares).containsExactly(34, 33, 33); // 33.33 each, the first takes the odd fen
        assertThat(LargestRemainder.split(1001, new double[] {3, 0, 7})).containsExactly(300, 0, 701); // 300.3 and 700.7
    }

    @Test
    void allZeroWeightsSplitEqually() {
        assertThat(LargestRemainder.split(10, new double[] {0, 0, 0, 0})).containsExactly(3, 3, 2, 2);
    }

    @Test
    void largeAwkwardSplitsStillAddUp() {
        double[] weights = {0.1, 17.3, 5e-4, 99.99, 3.14159, 0};
        assertThat(Arrays.stream(LargestRemainder.split(9_876_543, weights)).sum()).isEqualTo(9_876_543);
    }
}
