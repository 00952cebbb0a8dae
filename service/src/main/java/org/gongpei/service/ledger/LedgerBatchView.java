package org.gongpei.service.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.ledger.LedgerProblem;
import org.gongpei.planning.ledger.LedgerRule;

/**
 * A stored batch of delivery records.
 *
 * @param seq            its place in the county's chain, from 1
 * @param kind           {@code IMPORT} or {@code CORRECTION} (its rows replace the county's rows of the same waybills)
 * @param rows           the rows stored
 * @param rejectedRows   the rows of the file left out (only with {@code acceptValid=true})
 * @param contentSha256  the SHA-256 over its rows' digests in file order
 * @param previousSha256 the chain digest of the county's previous batch, or null for the first
 * @param chainSha256    this batch's chain digest
 * @param problemCounts  the problems of the rejected rows, counted per rule
 * @param problems       the first problems of the rejected rows
 */
public record LedgerBatchView(long id, String countyCode, int seq, String kind, String fileName, Instant importedAt,
        long rows, long rejectedRows, String contentSha256, String previousSha256, String chainSha256,
        Map<LedgerRule, Long> problemCounts, List<LedgerProblem> problems) {
}
