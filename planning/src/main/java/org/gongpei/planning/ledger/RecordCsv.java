package org.gongpei.planning.ledger;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes record rows as a record file: CSV with the English header, times with their offset (+08:00). */
public final class RecordCsv implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final CSVPrinter printer;

    /** Starts a file: writes the header. */
    public RecordCsv(Writer out) throws IOException {
        String[] header = new String[LedgerColumn.values().length];
        for (LedgerColumn column : LedgerColumn.values()) {
            header[column.ordinal()] = column.english();
        }
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** Writes a row. */
    public void write(DeliveryRecord row) throws IOException {
        printer.printRecord(row.waybill(), row.carrier(), row.villageCode(), row.chilled(),
                time(row.receivedAtCentre()), time(row.leftCentre()), time(row.arrivedAtHub()),
                time(row.arrivedAtStation()), time(row.signedAt()), row.vehicle() == null ? "" : row.vehicle());
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    private static String time(Instant time) {
        return time == null ? "" : TIME.format(time.atZone(LedgerTimes.CHINA).toOffsetDateTime());
    }
}
