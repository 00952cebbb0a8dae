package org.gongpei.service.ledger;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;

/**
 * A record import's status and, once ended, its batch or its rejection.
 *
 * @param status       QUEUED, SOLVING (importing), DONE (stored), FAILED (refused: see {@code rejection}, or an
 *                     error) or INTERRUPTED (the service stopped; nothing of it was stored)
 * @param phase        reading (rows read, checked and copied), validating (checks of the whole file), storing
 * @param fractionDone 0–1, from the bytes read of a CSV file
 * @param uploadBytes  the size of the uploaded file
 * @param rowsRead     data rows read so far
 * @param bytesRead    bytes of the file read so far (an .xlsx workbook: 0 until done)
 * @param batch        the stored batch ({@link LedgerBatchView}) once DONE
 * @param rejection    why the file was refused ({@link RecordRejection}): nothing was stored
 */
public record RecordImportView(long id, String countyCode, String fileName, String kind, boolean acceptValid,
        JobStatus status, String phase, double fractionDone, long uploadBytes, long rowsRead, long bytesRead,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String error, JsonNode batch,
        JsonNode rejection) implements JobView {
}
