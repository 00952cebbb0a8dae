package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.ledger.BatchDigest;
import org.gongpei.planning.ledger.DeliveryRecord;
import org.gongpei.planning.ledger.RecordDigest;
import org.gongpei.service.ledger.ChainVerification.BatchFinding;
import org.gongpei.service.ledger.ChainVerification.ChangedRow;

/**
 * Recomputes a county's delivery record from what is stored: each row's digest from its columns, each batch's
 * content digest from its rows, each link of the chain from the batch before. A row changed with SQL after import
 * is named; a row removed or added, or a batch's digest changed, shows as a changed batch; a rewritten link as a
 * broken chain. Reads the rows as a stream.
 */
@ApplicationScoped
public class LedgerVerifier {

    private static final int MAX_CHANGED_ROWS = 1_000;

    @Inject
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    /** @return the check of every batch of the county (none: intact and empty) */
    public ChainVerification verify(String countyCode) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            List<BatchFinding> findings = new ArrayList<>();
            String previousChain = null;
            int batches = 0;
            long rows = 0;
            for (StoredBatch batch : batches(connection, countyCode)) {
                batches++;
                List<ChangedRow> changed = new ArrayList<>();
                BatchDigest content = new BatchDigest();
                rows += checkRows(connection, batch.id(), changed, content);
                String contentHex = content.finish();
                boolean contentChanged = !contentHex.equals(batch.contentSha256()) || content.rows() != batch.rowCount();
                String chain = BatchDigest.chain(previousChain, batch.kind(), batch.rowCount(), batch.contentSha256());
                boolean chainBroken = batch.seq() != batches || !Objects.equals(previousChain, batch.previousSha256())
                        || !chain.equals(batch.chainSha256());
                if (!changed.isEmpty() || contentChanged || chainBroken) {
                    findings.add(new BatchFinding(batch.id(), batch.seq(), batch.fileName(), changed, contentChanged,
                            chainBroken));
                }
                previousChain = chain;
            }
            connection.rollback();
            return new ChainVerification(countyCode, clock.instant(), findings.isEmpty(), batches, rows, previousChain,
                    findings);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the records of county " + countyCode, e);
        }
    }

    private static long checkRows(Connection connection, long batchId, List<ChangedRow> changed, BatchDigest content)
            throws SQLException {
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement("select row_number, waybill, carrier,"
                + " village_code, chilled, received_at_centre, left_centre, arrived_at_hub, arrived_at_station,"
                + " signed_at, vehicle, row_sha256 from delivery_record where batch_id = ? order by row_number")) {
            select.setLong(1, batchId);
            select.setFetchSize(10_000);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows++;
                    DeliveryRecord record = new DeliveryRecord(result.getString(2), result.getString(3),
                            result.getString(4), result.getBoolean(5), instant(result, 6), instant(result, 7),
                            instant(result, 8), instant(result, 9), instant(result, 10), result.getString(11));
                    byte[] stored = result.getBytes(12);
                    content.add(stored);
                    if (!Arrays.equals(RecordDigest.of(record), stored) && changed.size() < MAX_CHANGED_ROWS) {
                        changed.add(new ChangedRow(result.getLong(1), record.waybill()));
                    }
                }
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        Timestamp time = result.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private static List<StoredBatch> batches(Connection connection, String countyCode) throws SQLException {
        List<StoredBatch> batches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, seq, kind, file_name, row_count,"
                + " content_sha256, previous_sha256, chain_sha256 from ledger_batch where county_code = ?"
                + " order by seq")) {
            select.setString(1, countyCode);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    batches.add(new StoredBatch(result.getLong(1), result.getInt(2), result.getString(3),
                            result.getString(4), result.getLong(5), result.getString(6), result.getString(7),
                            result.getString(8)));
                }
            }
        }
        return batches;
    }

    private record StoredBatch(long id, int seq, String kind, String fileName, long rowCount, String contentSha256,
            String previousSha256, String chainSha256) {
    }
}
