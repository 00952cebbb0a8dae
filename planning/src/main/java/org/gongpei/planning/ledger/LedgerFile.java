package org.gongpei.planning.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** A record file read row by row as a stream, the header row first: memory does not grow with the file. */
public interface LedgerFile {

    /** Receives the rows of a file in order. */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param rowNumber the row's number in the file, 1 for the header
         * @param fields    the row's fields; the list is only valid during the call
         */
        void row(long rowNumber, List<String> fields);
    }

    /**
     * Reads every row.
     *
     * @throws LedgerFileException when the file cannot be read as its format (the row where it broke is named)
     * @throws IOException         when the file cannot be read at all
     */
    void read(RowSink sink) throws IOException;

    /** @return a reader for the file by its name's ending: {@code .xlsx} for Excel, anything else as CSV */
    static LedgerFile of(Path file, String name) {
        return of(file, name, new AtomicLong());
    }

    /**
     * @param bytesRead counts the bytes of a CSV file read so far (an Excel workbook is read as a zip: not
     *                  counted)
     * @return a reader for the file by its name's ending: {@code .xlsx} for Excel, anything else as CSV
     */
    static LedgerFile of(Path file, String name, AtomicLong bytesRead) {
        return isExcel(name) ? new XlsxLedgerFile(file) : new CsvLedgerFile(file, bytesRead);
    }

    /** @return whether a file of this name is read as an Excel workbook */
    static boolean isExcel(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
