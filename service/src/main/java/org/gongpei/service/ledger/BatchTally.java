package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.gongpei.planning.ledger.DeliveryRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The {@code record_tally} counts of one batch, kept while its file is read (so that an import does not read its
 * millions of rows again), less the rows the import then sets aside, and added to the county's tallies at the end.
 */
final class BatchTally {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A row of {@code record_tally} without its county. */
    private record Key(LocalDate month, char dimension, String key, int bucket) {
    }

    private final Map<Key, long[]> counts = new HashMap<>();

    /** Counts a row read from the file. */
    void add(DeliveryRecord record) {
        add(month(record), record.villageCode(), record.carrier(),
                DeliveryTimes.bucket(Duration.between(record.receivedAtCentre(), record.arrivedAtStation())
                        .toNanos() / 1_000), record.complete() ? 1 : 0, 1);
    }

    /**
     * Takes away (sign -1) or adds (sign 1) stored rows of a query whose columns are month, village, carrier,
     * bucket and complete ({@link RecordTallies#DELTA_COLUMNS}).
     */
    void addRows(PreparedStatement select, int sign) throws SQLException {
        select.setFetchSize(10_000);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                add(rows.getObject(1, LocalDate.class), rows.getString(2), rows.getString(3), rows.getInt(4),
                        rows.getInt(5), sign);
            }
        }
    }

    /** Adds the batch's counts to the county's tallies. */
    void store(Connection connection, String countyCode) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute("create temporary table if not exists batch_tally (month date, dimension char(1),"
                    + " key varchar(64), bucket smallint, parcels bigint, complete bigint) on commit drop");
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY batch_tally FROM STDIN (FORMAT csv)");
        try {
            StringBuilder lines = new StringBuilder();
            for (Map.Entry<Key, long[]> entry : counts.entrySet()) {
                long[] value = entry.getValue();
                if (value[0] == 0 && value[1] == 0) {
                    continue;
                }
                Key key = entry.getKey();
                lines.append(key.month()).append(',').append(key.dimension()).append(",\"")
                        .append(key.key().replace("\"", "\"\"")).append("\",").append(key.bucket()).append(',')
                        .append(value[0]).append(',').append(value[1]).append('\n');
                if (lines.length() > 1 << 20) {
                    write(copy, lines);
                }
            }
            write(copy, lines);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into record_tally (county_code, month,"
                + " dimension, key, bucket, parcels, complete) select ?, month, dimension, key, bucket, parcels,"
                + " complete from batch_tally on conflict (county_code, month, dimension, key, bucket) do update"
                + " set parcels = record_tally.parcels + excluded.parcels,"
                + " complete = record_tally.complete + excluded.complete")) {
            upsert.setString(1, countyCode);
            upsert.executeUpdate();
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("drop table batch_tally");
        }
    }

    private void add(LocalDate month, String village, String carrier, int bucket, int complete, int sign) {
        long[] v = counts.computeIfAbsent(new Key(month, 'V', village, bucket), k -> new long[2]);
        v[0] += sign;
        v[1] += (long) sign * complete;
        long[] c = counts.computeIfAbsent(new Key(month, 'C', carrier, bucket), k -> new long[2]);
        c[0] += sign;
        c[1] += (long) sign * complete;
    }

    private static LocalDate month(DeliveryRecord record) {
        return LocalDate.ofInstant(record.receivedAtCentre(), CHINA).withDayOfMonth(1);
    }

    private static void write(CopyIn copy, StringBuilder lines) throws SQLException {
        byte[] bytes = lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        lines.setLength(0);
    }
}
