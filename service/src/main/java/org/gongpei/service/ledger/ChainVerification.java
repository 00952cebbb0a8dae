package org.gongpei.service.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking a county's delivery record against its digests.
 *
 * @param intact     whether every row, batch and link matches what was recorded at import
 * @param batches    the batches checked, in chain order
 * @param rows       the rows checked
 * @param headSha256 the chain digest of the last batch as recomputed: an evaluator who wrote it down before can
 *                   tell whether the whole chain was rewritten since
 * @param findings   each batch that does not match, with what does not
 */
public record ChainVerification(String countyCode, Instant checkedAt, boolean intact, int batches, long rows,
        String headSha256, List<BatchFinding> findings) {

    /**
     * A batch that does not match its digests.
     *
     * @param changedRows      rows whose content no longer gives their digest (the first 1,000)
     * @param contentChanged   whether the batch's rows (their digests, their number or order) differ from import
     * @param chainBroken      whether the batch's stored links differ from those recomputed
     */
    public record BatchFinding(long batchId, int seq, String fileName, List<ChangedRow> changedRows,
            boolean contentChanged, boolean chainBroken) {
    }

    /** A row whose stored content no longer gives the digest it was stored with. */
    public record ChangedRow(long rowNumber, String waybill) {
    }
}
