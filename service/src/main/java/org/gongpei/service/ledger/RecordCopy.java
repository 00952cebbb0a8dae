package org.gongpei.service.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.gongpei.planning.ledger.DeliveryRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes record rows into {@code delivery_record} with PostgreSQL's {@code COPY ... FROM STDIN} through the
 * JDBC driver's copy API, in PostgreSQL's binary copy format, a megabyte at a time. Binary rather than text: the
 * server then reads each time as the eight bytes it stores instead of parsing five date-times per row, which at
 * millions of rows was most of the server's share of an import. The format is the documented one of the
 * {@code COPY} command (a signature, then per row the field count and each field's length and bytes); the
 * driver has no writer for it.
 */
final class RecordCopy implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;
    private static final String SQL = "COPY delivery_record (batch_id, row_number, waybill, carrier, village_code,"
            + " chilled, received_at_centre, left_centre, arrived_at_hub, arrived_at_station, signed_at, vehicle,"
            + " row_sha256) FROM STDIN (FORMAT binary)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final short FIELDS = 13;
    /** Seconds from 1970-01-01 to 2000-01-01 UTC, PostgreSQL's epoch for timestamps. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

    private final CopyIn copy;
    private final long batchId;
    private final byte[] buffer = new byte[FLUSH_BYTES + 64 * 1024];
    private int length;
    private long rows;

    RecordCopy(Connection connection, long batchId) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(SQL);
        this.batchId = batchId;
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        length = SIGNATURE.length;
        putInt(0); // flags
        putInt(0); // header extension
    }

    void add(long rowNumber, DeliveryRecord record, byte[] digest) throws SQLException {
        putShort(FIELDS);
        putLongField(batchId);
        putLongField(rowNumber);
        putText(record.waybill());
        putText(record.carrier());
        putText(record.villageCode());
        putInt(1);
        buffer[length++] = (byte) (record.chilled() ? 1 : 0);
        putTime(record.receivedAtCentre());
        putTime(record.leftCentre());
        putTime(record.arrivedAtHub());
        putTime(record.arrivedAtStation());
        putTime(record.signedAt());
        putText(record.vehicle());
        putBytes(digest);
        rows++;
        if (length >= FLUSH_BYTES) {
            flush();
        }
    }

    /** @return the rows written */
    long rows() {
        return rows;
    }

    /** Ends the copy: the rows are part of the transaction. */
    void finish() throws SQLException {
        putShort((short) -1);
        flush();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void putText(String value) {
        if (value == null) {
            putInt(-1);
        } else {
            putBytes(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void putBytes(byte[] bytes) {
        putInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void putTime(Instant time) {
        if (time == null) {
            putInt(-1);
        } else {
            putLongField((time.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + time.getNano() / 1_000);
        }
    }

    private void putLongField(long value) {
        putInt(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    private void putInt(int value) {
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putShort(short value) {
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
