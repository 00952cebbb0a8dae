package org.gongpei.planning.ledger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records made by {@link RecordGenerator}, with the manifest of what was injected.
 *
 * @param first    the rows of the first file, in file order
 * @param second   the rows of a second file (repeated waybills), empty when none were injected
 * @param injected per injection, the waybills it concerns
 */
public record GeneratedRecords(List<DeliveryRecord> first, List<DeliveryRecord> second,
        Map<RecordInjection, Set<String>> injected) {

    public GeneratedRecords {
        first = List.copyOf(first);
        second = List.copyOf(second);
        injected = Map.copyOf(injected);
    }
}
