package org.gongpei.planning.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Splits a whole amount into whole shares proportional to weights, the shares summing exactly to it. */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param total the amount, e.g. fen, ≥ 0
     * @param weights non-negative weights; when all are 0 the amount is split equally
     * @return one share per weight: floors of the proportional shares, then one more unit for the largest
     *         remainders (ties to the lower index) until the sum is {@code total}
     */
    static long[] split(long total, double[] weights) {
        int n = weights.length;
        long[] shares = new long[n];
        if (n == 0) {
            return shares;
        }
        double sum = Arrays.stream(weights).sum();
        double[] exact = new double[n];
        for (int i = 0; i < n; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("A weight is negative: " + weights[i]);
            }
            exact[i] = sum > 0 ? total * weights[i] / sum : (double) total / n;
            shares[i] = (long) Math.floor(exact[i]);
        }
        long left = total - Arrays.stream(shares).sum();
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> shares[i] - exact[i]).thenComparing(i -> i))
                .toArray(Integer[]::new);
        for (int k = 0; left > 0; k = (k + 1) % n) {
            shares[order[k]]++;
            left--;
        }
        return shares;
    }
}
