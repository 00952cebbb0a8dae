package org.gongpei.maps;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MinHeapTest {

    @Test
    void popsNodesInOrderOfTheirKeys() {
        Random random = new Random(1);
        double[] keys = new double[1000];
        MinHeap heap = new MinHeap();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(500);
            heap.push(keys[i], i);
        }
        double[] popped = new double[keys.length];
        for (int i = 0; i < popped.length; i++) {
            popped[i] = keys[heap.popNode()];
        }
        Arrays.sort(keys);
        assertThat(popped).containsExactly(keys);
        assertThat(heap.isEmpty()).isTrue();
    }
}
