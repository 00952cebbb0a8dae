package org.gongpei.service.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Every stored row of one waybill (物流追溯), oldest batch first; the last one is what reports use.
 *
 * @param waybill the waybill
 * @param rows    each row with its batch
 */
public record LedgerTrace(String countyCode, String waybill, List<TracedRow> rows) {

    /**
     * One stored row of the waybill.
     *
     * @param current whether reports use this row (the latest correction, or the import when there is none)
     */
    public record TracedRow(int batchSeq, String batchKind, String fileName, Instant importedAt, String chainSha256,
            long rowNumber, String rowSha256, boolean current, String carrier, String villageCode, boolean chilled,
            Instant receivedAtCentre, Instant leftCentre, Instant arrivedAtHub, Instant arrivedAtStation,
            Instant signedAt, String vehicle) {
    }
}
