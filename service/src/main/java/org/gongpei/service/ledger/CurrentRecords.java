package org.gongpei.service.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rows reports use: of each waybill of a county, its latest correction, or else its first import (every other
 * row is in {@code record_superseded}); of those, the parcels taken in at the centre during a period (dates in
 * Asia/Shanghai).
 */
final class CurrentRecords {

    private static final String ROWS = "with period as (select r.*,"
            + " extract(epoch from r.arrived_at_station - r.received_at_centre) / 3600.0 as hours,"
            + " (r.received_at_centre at time zone 'Asia/Shanghai')::date as day"
            + " from delivery_record r where r.batch_id in (select id from ledger_batch where county_code = ?)"
            + " and r.received_at_centre >= (?::date)::timestamp at time zone 'Asia/Shanghai'"
            + " and r.received_at_centre < (?::date)::timestamp at time zone 'Asia/Shanghai'";

    private static final String NOT_SET_ASIDE = " and not exists (select 1 from record_superseded s"
            + " where s.batch_id = r.batch_id and s.row_number = r.row_number)";

    /**
     * A {@code WITH} clause defining {@code period}: the current rows of the county's waybills taken in during
     * [from, to), with {@code hours} (centre intake to station) and {@code day} (the intake date). Its parameters:
     * county code, from, to (dates).
     *
     * <p>The rows set aside are left out only when the county has any. While {@code record_superseded} is empty
     * PostgreSQL reckons a scan of it free and joins it to each of a year's rows in turn, which made the year's
     * integrity checks about twice as slow; a county without corrections or repeats needs no such join. Run the
     * query in the same {@linkplain #beginSnapshot snapshot} as this check.
     */
    static String period(Connection connection, String countyCode) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("select exists (select 1 from ledger_batch b"
                + " join record_superseded s on s.batch_id = b.id where b.county_code = ?)")) {
            any.setString(1, countyCode);
            try (ResultSet result = any.executeQuery()) {
                result.next();
                return result.getBoolean(1) ? ROWS + NOT_SET_ASIDE + ")" : ROWS + ")";
            }
        }
    }

    /**
     * Starts a read-only transaction whose statements see one snapshot, so that {@link #period} and the query it
     * shapes see the same rows set aside even while an import commits.
     */
    static void beginSnapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    /** Ends a transaction begun by {@link #beginSnapshot}, leaving the connection as the pool lent it. */
    static void endSnapshot(Connection connection) throws SQLException {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(true);
    }

    /**
     * @return the rows of a query over {@code period} (given after {@link #period}), at most {@code limit} of them
     *         in its order, each with one more column: how many rows the query has in all (counted in the database,
     *         so that a rule finding millions of rows does not send them all)
     */
    static String firstRowsCounted(String select, int limit) {
        return " select found.*, count(*) over () as found_count from (" + select + ") found limit " + limit;
    }

    private CurrentRecords() {
    }
}
