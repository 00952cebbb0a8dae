package org.gongpei.planning.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one row of a record file by every rule at once and makes it a {@link DeliveryRecord}; the problems
 * go to the import's {@link LedgerProblems}. Duplicate waybills are a matter of the whole file and are found
 * by the store, not here.
 */
public final class LedgerRowReader {

    /** The longest waybill, carrier or vehicle text. */
    public static final int MAX_TEXT_CHARS = 64;

    private final LedgerHeader header;
    private final Set<String> villageCodes;
    private final Set<String> carriers;
    private final Instant now;
    private final LedgerTimes times;
    private final LedgerProblems problems;

    /**
     * @param villageCodes the county's village codes
     * @param carriers     the county's carriers, as written in the files
     * @param now          the moment of the import: later times are refused
     * @param times        how times without an offset are read
     */
    public LedgerRowReader(LedgerHeader header, Set<String> villageCodes, Set<String> carriers, Instant now,
            LedgerTimes times, LedgerProblems problems) {
        this.header = header;
        this.villageCodes = villageCodes;
        this.carriers = carriers;
        this.now = now;
        this.times = times;
        this.problems = problems;
    }

    /**
     * @param rowNumber the row's number in the file (the header is row 1)
     * @return the record, or null when the row breaks a rule
     */
    public DeliveryRecord read(long rowNumber, List<String> row) {
        long before = problems.total();
        if (row.size() > header.width()) {
            problems.add(rowNumber, (String) null, String.join(",", row), LedgerRule.BAD_SYNTAX);
            return null;
        }
        String waybill = text(rowNumber, row, LedgerColumn.WAYBILL);
        String carrier = text(rowNumber, row, LedgerColumn.CARRIER);
        String village = text(rowNumber, row, LedgerColumn.VILLAGE_CODE);
        String vehicle = text(rowNumber, row, LedgerColumn.VEHICLE);
        if (village != null && !villageCodes.contains(village)) {
            problems.add(rowNumber, LedgerColumn.VILLAGE_CODE, village, LedgerRule.UNKNOWN_VILLAGE);
        }
        if (carrier != null && !carriers.contains(carrier)) {
            problems.add(rowNumber, LedgerColumn.CARRIER, carrier, LedgerRule.UNKNOWN_CARRIER);
        }
        Boolean chilled = flag(rowNumber, row);
        Instant[] steps = new Instant[STEPS.length];
        for (int i = 0; i < STEPS.length; i++) {
            steps[i] = RecordDigest.stored(time(rowNumber, row, STEPS[i]));
        }
        checkOrder(rowNumber, row, steps);
        if (problems.total() > before) {
            return null;
        }
        return new DeliveryRecord(waybill, carrier, village, chilled, steps[0], steps[1], steps[2], steps[3], steps[4],
                vehicle);
    }

    private static final LedgerColumn[] STEPS = {LedgerColumn.RECEIVED_AT_CENTRE, LedgerColumn.LEFT_CENTRE,
            LedgerColumn.ARRIVED_AT_HUB, LedgerColumn.ARRIVED_AT_STATION, LedgerColumn.SIGNED_AT};

    private String text(long rowNumber, List<String> row, LedgerColumn column) {
        String value = header.value(row, column);
        if (value == null) {
            if (column.mandatory()) {
                problems.add(rowNumber, column, null, LedgerRule.MISSING_VALUE);
            }
            return null;
        }
        if (value.length() > MAX_TEXT_CHARS || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(rowNumber, column, value, LedgerRule.BAD_TEXT);
            return null;
        }
        return value;
    }

    private Boolean flag(long rowNumber, List<String> row) {
        String value = header.value(row, LedgerColumn.CHILLED);
        if (value == null) {
            return Boolean.FALSE;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "是", "1", "yes", "y" -> {
                return Boolean.TRUE;
            }
            case "false", "否", "0", "no", "n" -> {
                return Boolean.FALSE;
            }
            default -> {
                problems.add(rowNumber, LedgerColumn.CHILLED, value, LedgerRule.UNREADABLE_FLAG);
                return Boolean.FALSE;
            }
        }
    }

    private Instant time(long rowNumber, List<String> row, LedgerColumn column) {
        String value = header.value(row, column);
        if (value == null) {
            if (column.mandatory()) {
                problems.add(rowNumber, column, null, LedgerRule.MISSING_TIME);
            }
            return null;
        }
        Instant time = times.parse(value);
        if (time == null) {
            problems.add(rowNumber, column, value, LedgerRule.UNREADABLE_TIME);
        } else if (time.isAfter(now)) {
            problems.add(rowNumber, column, value, LedgerRule.TIME_IN_FUTURE);
        }
        return time;
    }

    private void checkOrder(long rowNumber, List<String> row, Instant[] steps) {
        Instant previous = null;
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] == null) {
                continue;
            }
            if (previous != null && steps[i].isBefore(previous)) {
                problems.add(rowNumber, STEPS[i], header.value(row, STEPS[i]), LedgerRule.TIMES_OUT_OF_ORDER);
                return;
            }
            previous = steps[i];
        }
    }
}
