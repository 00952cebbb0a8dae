package org.gongpei.service.ledger;

/**
 * The rows reports use: of each waybill of a county, its latest correction, or else its first import; of those,
 * the parcels taken in at the centre during a period (dates in Asia/Shanghai).
 */
final class CurrentRecords {

    /**
     * A {@code WITH} clause defining {@code period}: the current rows of the county's waybills taken in during
     * [from, to), with {@code hours} (centre intake to station) and {@code day} (the intake date). Its parameters:
     * county code, from, to.
     */
    static final String PERIOD = "with current as (select distinct on (r.waybill) r.*,"
            + " extract(epoch from r.arrived_at_station - r.received_at_centre) / 3600.0 as hours,"
            + " (r.received_at_centre at time zone 'Asia/Shanghai')::date as day"
            + " from delivery_record r join ledger_batch b on b.id = r.batch_id where b.county_code = ?"
            + " order by r.waybill, case when b.kind = 'CORRECTION' then -b.seq else b.seq end, r.row_number),"
            + " period as (select * from current where day >= ? and day < ?)";

    private CurrentRecords() {
    }
}
