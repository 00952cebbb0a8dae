package org.gongpei.service.ledger;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;

/**
 * Finds, while a file is read, the few waybills that may repeat within it: a Bloom filter of the waybills seen
 * (about 10 bits each) passes on every waybill it may have seen before. Those candidates, true repeats and a
 * share of false ones, are then checked against the copied rows with the waybill index instead of grouping all
 * of a batch's rows. Past {@link #MAX_CANDIDATES} (a file far longer than its size suggested, or one full of
 * repeats) it gives up, and the whole batch is grouped.
 */
final class WaybillSieve {

    static final int MAX_CANDIDATES = 500_000;
    private static final double FALSE_POSITIVES = 0.01;

    private final BloomFilter<CharSequence> seen;
    private final Set<String> candidates = new HashSet<>();
    private boolean overflowed;

    /** @param expectedRows the rows the file is expected to hold (more only raise the share of false candidates) */
    WaybillSieve(long expectedRows) {
        seen = BloomFilter.create(Funnels.unencodedCharsFunnel(), Math.max(10_000, expectedRows), FALSE_POSITIVES);
    }

    /** @return the rows a file of that size and kind is expected to hold, from the sizes of typical rows */
    static long expectedRows(long fileBytes, boolean excel) {
        return fileBytes / (excel ? 40 : 120);
    }

    void add(String waybill) {
        if (!seen.put(waybill) && !overflowed) {
            candidates.add(waybill);
            if (candidates.size() > MAX_CANDIDATES) {
                overflowed = true;
                candidates.clear();
            }
        }
    }

    /** @return the waybills that may repeat, or empty when there were too many to check one by one */
    Optional<Set<String>> candidates() {
        return overflowed ? Optional.empty() : Optional.of(candidates);
    }
}
