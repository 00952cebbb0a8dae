package org.gongpei.benchmarks.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongpei.planning.ledger.DeliveryRecord;
import org.gongpei.planning.ledger.LedgerColumn;
import org.gongpei.planning.ledger.LedgerTimes;
import org.gongpei.planning.ledger.RecordGenerator;

/** Writes generated records as an Excel workbook with POI's streaming writer (times as ISO text with offset). */
final class RecordXlsx {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private RecordXlsx() {
    }

    /** @return the rows written */
    static long write(RecordGenerator generator, LocalDate from, int days, Path file) throws IOException {
        long[] rows = new long[1];
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1_000)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("records");
            Row header = sheet.createRow(0);
            for (LedgerColumn column : LedgerColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.english());
            }
            generator.stream(from, days, record -> {
                rows[0]++;
                row(sheet.createRow((int) rows[0]), record);
            });
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
        }
        return rows[0];
    }

    private static void row(Row row, DeliveryRecord record) {
        String[] values = {record.waybill(), record.carrier(), record.villageCode(), String.valueOf(record.chilled()),
            time(record.receivedAtCentre()), time(record.leftCentre()), time(record.arrivedAtHub()),
            time(record.arrivedAtStation()), time(record.signedAt()), record.vehicle()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static String time(Instant time) {
        return time == null ? null : TIME.format(time.atZone(LedgerTimes.CHINA).toOffsetDateTime());
    }
}
