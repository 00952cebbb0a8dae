package org.gongpei.service.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

import org.gongpei.planning.ledger.DeliveryRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes record rows into {@code delivery_record} with PostgreSQL's {@code COPY ... FROM STDIN} through the
 * JDBC driver's copy API, in CSV format, a megabyte at a time.
 */
final class RecordCopy implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;
    private static final String SQL = "COPY delivery_record (batch_id, row_number, waybill, carrier, village_code,"
            + " chilled, received_at_centre, left_centre, arrived_at_hub, arrived_at_station, signed_at, vehicle,"
            + " row_sha256) FROM STDIN (FORMAT csv)";

    private final CopyIn copy;
    private final String batchId;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    private long rows;

    RecordCopy(Connection connection, long batchId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
        this.batchId = Long.toString(batchId);
    }

    void add(long rowNumber, DeliveryRecord record, byte[] digest) throws SQLException {
        buffer.append(batchId).append(',').append(rowNumber).append(',');
        text(record.waybill());
        text(record.carrier());
        text(record.villageCode());
        buffer.append(record.chilled() ? "t," : "f,");
        time(record.receivedAtCentre());
        time(record.leftCentre());
        time(record.arrivedAtHub());
        time(record.arrivedAtStation());
        time(record.signedAt());
        text(record.vehicle());
        buffer.append("\\x").append(HexFormat.of().formatHex(digest)).append('\n');
        rows++;
        if (buffer.length() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** @return the rows written */
    long rows() {
        return rows;
    }

    /** Ends the copy: the rows are part of the transaction. */
    void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void text(String value) {
        if (value != null) {
            buffer.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    buffer.append('"');
                }
                buffer.append(c);
            }
            buffer.append('"');
        }
        buffer.append(',');
    }

    private void time(Instant time) {
        if (time != null) {
            buffer.append(time);
        }
        buffer.append(',');
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
