package org.gongpei.service.ledger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongpei.planning.ledger.LedgerColumn;
import org.gongpei.planning.ledger.LedgerProblems;
import org.gongpei.planning.ledger.LedgerRule;

/**
 * The checks of a batch that need the whole file, run in the database on the rows just copied: a waybill
 * repeated within the file (every copy after the first is a problem), and, for a correction, a waybill that no
 * earlier batch of the county has.
 */
final class BatchChecks {

    private BatchChecks() {
    }

    /**
     * @param candidates the waybills that may repeat ({@link WaybillSieve}), or empty to group all the batch's rows
     * @return the row numbers of the copies of waybills repeated in the batch, after the first of each
     */
    static List<Long> repeatedWaybills(Connection connection, long batchId, Optional<Set<String>> candidates,
            LedgerProblems problems) throws SQLException {
        List<Long> rows = new ArrayList<>();
        if (candidates.isPresent() && candidates.get().isEmpty()) {
            return rows;
        }
        // Each candidate looked up in the waybill index: a nested loop, which OFFSET 0 keeps from being flattened,
        // and "batch_id + 0" from using the primary key (the statistics do not know the rows just copied).
        String sql = candidates.isPresent()
                ? "select c.waybill, array_agg(r.row_number order by r.row_number) from unnest(?::varchar[]) c(waybill)"
                        + " cross join lateral (select row_number from delivery_record r where r.waybill = c.waybill"
                        + " and r.batch_id + 0 = ? offset 0) r group by c.waybill having count(*) > 1"
                        + " order by min(r.row_number)"
                : "select waybill, array_agg(row_number order by row_number) from delivery_record where batch_id = ?"
                        + " group by waybill having count(*) > 1 order by min(row_number)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (candidates.isPresent()) {
                select.setArray(1, connection.createArrayOf("varchar", candidates.get().toArray()));
                select.setLong(2, batchId);
            } else {
                select.setLong(1, batchId);
            }
            select.setFetchSize(1_000);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String waybill = result.getString(1);
                    Array numbers = result.getArray(2);
                    Long[] copies = (Long[]) numbers.getArray();
                    for (int i = 1; i < copies.length; i++) {
                        problems.add(copies[i], LedgerColumn.WAYBILL, waybill, LedgerRule.DUPLICATE_WAYBILL);
                        rows.add(copies[i]);
                    }
                }
            }
        }
        return rows;
    }

    /** @return the row numbers of a correction's rows whose waybill no earlier batch of the county has */
    static List<Long> unknownWaybills(Connection connection, String countyCode, long batchId, LedgerProblems problems)
            throws SQLException {
        List<Long> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select r.row_number, r.waybill"
                + " from delivery_record r where r.batch_id = ? and not exists (select 1 from delivery_record p"
                + " join ledger_batch b on b.id = p.batch_id where b.county_code = ? and p.waybill = r.waybill)"
                + " order by r.row_number")) {
            select.setLong(1, batchId);
            select.setString(2, countyCode);
            select.setFetchSize(1_000);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    problems.add(result.getLong(1), LedgerColumn.WAYBILL, result.getString(2),
                            LedgerRule.UNKNOWN_WAYBILL);
                    rows.add(result.getLong(1));
                }
            }
        }
        return rows;
    }
}
