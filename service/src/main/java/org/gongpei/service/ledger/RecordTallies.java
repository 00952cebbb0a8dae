package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly tallies of a county's current rows ({@code record_tally}): kept by the import in its transaction,
 * read by the compliance report instead of the rows. A batch of imports adds the rows of waybills the county did
 * not have (a waybill's first import stays current); a correction takes away the rows it replaced and adds its
 * own. Days of a month that a period covers only in part are read from the rows.
 */
final class RecordTallies {

    /** Columns of a delta row computed from delivery rows {@code r}: month, village, carrier, bucket, complete. */
    static final String DELTA_COLUMNS = "date_trunc('month', r.received_at_centre at time zone"
            + " 'Asia/Shanghai')::date as month, r.village_code, r.carrier,"
            + " " + DeliveryTimes.bucketSql("extract(epoch from r.arrived_at_station - r.received_at_centre)")
            + " as bucket,"
            + " (r.arrived_at_hub is not null and r.signed_at is not null and r.vehicle is not null)::int as complete";

    private RecordTallies() {
    }

    /**
     * Adds a batch's counts, kept while its file was read, to the county's tallies, less the rows it set aside
     * (its rows of waybills the county already had, after {@link SupersededRows#record}), and takes away the rows
     * it corrected. The batch is copied but not yet written as a batch (the batch row comes last).
     */
    static void add(Connection connection, String countyCode, long batchId, BatchTally tally) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + DELTA_COLUMNS
                + " from record_superseded s join delivery_record r"
                + " on r.batch_id = s.batch_id and r.row_number = s.row_number where s.by_batch_id = ?")) {
            select.setLong(1, batchId);
            tally.addRows(select, -1);
        }
        tally.store(connection, countyCode);
    }

    /** Takes rows of the batch that the import drops (repeated within the file, unknown waybills) out of its tally. */
    static void drop(Connection connection, long batchId, List<Long> rows, BatchTally tally) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + DELTA_COLUMNS
                + " from delivery_record r where r.batch_id = ? and r.row_number = any (?)")) {
            select.setLong(1, batchId);
            select.setArray(2, connection.createArrayOf("bigint", rows.toArray()));
            tally.addRows(select, -1);
        }
    }

    /** The delivery times of a period, per month of intake and village, and per carrier. */
    record PeriodTimes(Map<LocalDate, Map<String, DeliveryTimes>> villagesByMonth, Map<String, DeliveryTimes> carriers) {

        PeriodTimes() {
            this(new HashMap<>(), new HashMap<>());
        }

        void add(LocalDate month, String dimension, String key, int bucket, long parcels, long complete) {
            Map<String, DeliveryTimes> target = dimension.equals("V")
                    ? villagesByMonth.computeIfAbsent(month, m -> new HashMap<>())
                    : carriers;
            target.computeIfAbsent(key, k -> new DeliveryTimes()).add(bucket, parcels, complete);
        }
    }

    /**
     * Reads the delivery times of parcels taken in during [from, to): whole months from the tallies, the days of
     * partly covered months from the current rows.
     */
    static PeriodTimes read(Connection connection, String countyCode, LocalDate from, LocalDate to)
            throws SQLException {
        PeriodTimes times = new PeriodTimes();
        LocalDate firstWhole = from.withDayOfMonth(1).equals(from) ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endWhole = to.withDayOfMonth(1);
        if (firstWhole.isBefore(endWhole)) {
            try (PreparedStatement select = connection.prepareStatement("select month, dimension, key, bucket,"
                    + " parcels, complete from record_tally where county_code = ? and month >= ? and month < ?"
                    + " and parcels <> 0")) {
                select.setString(1, countyCode);
                select.setObject(2, firstWhole);
                select.setObject(3, endWhole);
                select.setFetchSize(50_000);
                collect(select, times);
            }
        } else {
            firstWhole = to;
            endWhole = to;
        }
        if (from.isBefore(firstWhole) || endWhole.isBefore(to)) {
            try (PreparedStatement select = connection.prepareStatement(CurrentRecords.period(connection, countyCode)
                    + ", delta as (select "
                    + DELTA_COLUMNS + " from period r where not (r.day >= ? and r.day < ?))"
                    + " select month, 'V', village_code, bucket, count(*), sum(complete) from delta"
                    + " group by month, village_code, bucket"
                    + " union all select month, 'C', carrier, bucket, count(*), sum(complete) from delta"
                    + " group by month, carrier, bucket")) {
                select.setString(1, countyCode);
                select.setObject(2, from);
                select.setObject(3, to);
                select.setObject(4, firstWhole);
                select.setObject(5, endWhole);
                collect(select, times);
            }
        }
        return times;
    }

    private static void collect(PreparedStatement select, PeriodTimes times) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                times.add(rows.getObject(1, LocalDate.class), rows.getString(2), rows.getString(3), rows.getInt(4),
                        rows.getLong(5), rows.getLong(6));
            }
        }
    }
}
