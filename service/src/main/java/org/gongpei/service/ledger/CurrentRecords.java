package org.gongpei.service.ledger;

/**
 * The rows reports use: of each waybill of a county, its latest correction, or else its first import (every other
 * row is in {@code record_superseded}); of those, the parcels taken in at the centre during a period (dates in
 * Asia/Shanghai).
 */
final class CurrentRecords {

    /**
     * A {@code WITH} clause defining {@code period}: the current rows of the county's waybills taken in during
     * [from, to), with {@code hours} (centre intake to station) and {@code day} (the intake date). Its parameters:
     * county code, from, to (dates).
     */
    static final String PERIOD = "with period as (select r.*,"
            + " extract(epoch from r.arrived_at_station - r.received_at_centre) / 3600.0 as hours,"
            + " (r.received_at_centre at time zone 'Asia/Shanghai')::date as day"
            + " from delivery_record r where r.batch_id in (select id from ledger_batch where county_code = ?)"
            + " and r.received_at_centre >= (?::date)::timestamp at time zone 'Asia/Shanghai'"
            + " and r.received_at_centre < (?::date)::timestamp at time zone 'Asia/Shanghai'"
            + " and not exists (select 1 from record_superseded s"
            + " where s.batch_id = r.batch_id and s.row_number = r.row_number))";

    /**
     * @return the rows of a query over {@code period} (given after {@link #PERIOD}), at most {@code limit} of them
     *         in its order, each with one more column: how many rows the query has in all (counted in the database,
     *         so that a rule finding millions of rows does not send them all)
     */
    static String firstRowsCounted(String select, int limit) {
        return " select found.*, count(*) over () as found_count from (" + select + ") found limit " + limit;
    }

    private CurrentRecords() {
    }
}
