package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code record_superseded}, the rows that are not their waybill's current row, as a batch is imported
 * (before its batch row is written): an import's rows of waybills the county already had are REPEATED (the first
 * import stays current); a correction's waybills' current rows are CORRECTED (the correction becomes current).
 */
final class SupersededRows {

    private SupersededRows() {
    }

    /**
     * @param batchRows the rows the batch stores
     * @return the rows marked superseded by the batch
     */
    static long record(Connection connection, String countyCode, long batchId, long batchRows,
            LedgerImporter.Kind kind) throws SQLException {
        List<Long> earlierBatches = new ArrayList<>();
        long earlierRows = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "select id, row_count from ledger_batch where county_code = ?")) {
            select.setString(1, countyCode);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    earlierBatches.add(result.getLong(1));
                    earlierRows += result.getLong(2);
                }
            }
        }
        if (earlierBatches.isEmpty()) {
            return 0;
        }
        // The smaller side is scanned and each of its waybills looked up in the other's rows through the waybill
        // index: a nested loop, which OFFSET 0 keeps PostgreSQL from flattening into a join over all the rows, and
        // "batch_id + 0" from using the primary key instead (the statistics do not know the rows just copied).
        String sql;
        if (kind == LedgerImporter.Kind.CORRECTION) {
            sql = "insert into record_superseded (batch_id, row_number, reason, by_batch_id)"
                    + " select distinct p.batch_id, p.row_number, 'CORRECTED', ?::bigint from delivery_record r"
                    + " cross join lateral (select p.batch_id, p.row_number from delivery_record p"
                    + " where p.waybill = r.waybill and p.batch_id + 0 = any (?) offset 0) p"
                    + " where r.batch_id = ? and not exists (select 1 from record_superseded s"
                    + " where s.batch_id = p.batch_id and s.row_number = p.row_number)";
        } else if (batchRows <= earlierRows) {
            sql = "insert into record_superseded (batch_id, row_number, reason, by_batch_id)"
                    + " select r.batch_id, r.row_number, 'REPEATED', r.batch_id from delivery_record r"
                    + " where r.batch_id = ? and exists (select 1 from delivery_record p"
                    + " where p.waybill = r.waybill and p.batch_id + 0 = any (?) offset 0)";
        } else {
            sql = "insert into record_superseded (batch_id, row_number, reason, by_batch_id)"
                    + " select distinct r.batch_id, r.row_number, 'REPEATED', r.batch_id from delivery_record p"
                    + " cross join lateral (select r.batch_id, r.row_number from delivery_record r"
                    + " where r.waybill = p.waybill and r.batch_id + 0 = ? offset 0) r"
                    + " where p.batch_id = any (?)";
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 1;
            insert.setLong(i++, batchId);
            insert.setArray(i++, connection.createArrayOf("bigint", earlierBatches.toArray()));
            if (kind == LedgerImporter.Kind.CORRECTION) {
                insert.setLong(i, batchId);
            }
            return insert.executeUpdate();
        }
    }
}
