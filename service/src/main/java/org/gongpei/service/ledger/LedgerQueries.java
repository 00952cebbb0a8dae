package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.ledger.LedgerTrace.TracedRow;

/** Reads a county's record batches and the trace of a waybill. */
@ApplicationScoped
public class LedgerQueries {

    @Inject
    DataSource dataSource;

    /** @return the county's batches in chain order, without their problem lists */
    public List<LedgerBatchView> batches(String countyCode) {
        List<LedgerBatchView> batches = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, seq, kind, file_name, imported_at,"
                        + " row_count, rejected_count, content_sha256, previous_sha256, chain_sha256"
                        + " from ledger_batch where county_code = ? order by seq")) {
            select.setString(1, countyCode);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    batches.add(new LedgerBatchView(result.getLong(1), countyCode, result.getInt(2),
                            result.getString(3), result.getString(4), instant(result, 5), result.getLong(6),
                            result.getLong(7), result.getString(8), result.getString(9), result.getString(10),
                            Map.of(), List.of()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the record batches of county " + countyCode, e);
        }
        return batches;
    }

    /** @return whether the county has any delivery record */
    public boolean hasRecords(String countyCode) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select exists (select 1 from ledger_batch where county_code = ?)")) {
            select.setString(1, countyCode);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the record batches of county " + countyCode, e);
        }
    }

    /** @return every stored row of the waybill in the county, oldest batch first */
    public LedgerTrace trace(String countyCode, String waybill) {
        List<TracedRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select b.seq, b.kind, b.file_name,"
                        + " b.imported_at, b.chain_sha256, r.row_number, r.row_sha256, r.carrier, r.village_code,"
                        + " r.chilled, r.received_at_centre, r.left_centre, r.arrived_at_hub, r.arrived_at_station,"
                        + " r.signed_at, r.vehicle from delivery_record r join ledger_batch b on b.id = r.batch_id"
                        + " where b.county_code = ? and r.waybill = ? order by b.seq, r.row_number")) {
            select.setString(1, countyCode);
            select.setString(2, waybill);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new TracedRow(result.getInt(1), result.getString(2), result.getString(3),
                            instant(result, 4), result.getString(5), result.getLong(6),
                            HexFormat.of().formatHex(result.getBytes(7)), false, result.getString(8),
                            result.getString(9), result.getBoolean(10), instant(result, 11), instant(result, 12),
                            instant(result, 13), instant(result, 14), instant(result, 15), result.getString(16)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot trace waybill " + waybill + " of county " + countyCode, e);
        }
        int current = currentIndex(rows);
        List<TracedRow> marked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TracedRow row = rows.get(i);
            marked.add(i != current ? row : new TracedRow(row.batchSeq(), row.batchKind(), row.fileName(),
                    row.importedAt(), row.chainSha256(), row.rowNumber(), row.rowSha256(), true, row.carrier(),
                    row.villageCode(), row.chilled(), row.receivedAtCentre(), row.leftCentre(), row.arrivedAtHub(),
                    row.arrivedAtStation(), row.signedAt(), row.vehicle()));
        }
        return new LedgerTrace(countyCode, waybill, marked);
    }

    /** The row reports use: the latest correction, else the first import. */
    private static int currentIndex(List<TracedRow> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).batchKind().equals(LedgerImporter.Kind.CORRECTION.name())) {
                return i;
            }
        }
        return rows.isEmpty() ? -1 : 0;
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        Timestamp time = result.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
