package org.gongpei.planning.ledger;

import java.io.IOException;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Reads a record file as a stream: header, then each row checked by {@link LedgerRowReader}; every valid row
 * goes to a sink with its digest, every problem to the report. The caller decides what to keep: all or nothing
 * (store only when the report has no problem) or the valid rows.
 */
public final class LedgerReader {

    /** Receives each valid row of a file. */
    @FunctionalInterface
    public interface RecordSink {
        /**
         * @param rowNumber the row's number in the file
         * @param record    the row
         * @param digest    its {@link RecordDigest} (32 bytes)
         */
        void accept(long rowNumber, DeliveryRecord record, byte[] digest);
    }

    /**
     * What reading a file found.
     *
     * @param rows          the data rows read (the header not counted)
     * @param validRows     the rows handed to the sink
     * @param problems      every problem, counted per rule, the first in full
     * @param contentDigest the {@link BatchDigest} content digest (hex) of the valid rows in file order
     */
    public record Result(long rows, long validRows, LedgerProblems problems, String contentDigest) {
    }

    private LedgerReader() {
    }

    /**
     * @param fileName the file's name as uploaded, used in problems
     * @throws IOException when the file cannot be read at all
     */
    public static Result read(LedgerFile file, String fileName, LedgerRules rules, RecordSink sink) throws IOException {
        return read(file, fileName, rules, sink, row -> {
        });
    }

    /**
     * @param rowsRead told the number of each data row read, valid or not, before its record goes to the sink
     * @throws IOException when the file cannot be read at all
     */
    public static Result read(LedgerFile file, String fileName, LedgerRules rules, RecordSink sink,
            LongConsumer rowsRead) throws IOException {
        LedgerProblems problems = new LedgerProblems(fileName);
        BatchDigest batch = new BatchDigest();
        LedgerTimes times = new LedgerTimes(rules.zone());
        long[] rows = new long[1];
        LedgerRowReader[] reader = new LedgerRowReader[1];
        boolean[] headerSeen = new boolean[1];
        try {
            file.read((rowNumber, fields) -> {
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    Optional<LedgerHeader> header = LedgerHeader.read(fields, problems);
                    if (header.isEmpty()) {
                        throw new HeaderRefused();
                    }
                    reader[0] = new LedgerRowReader(header.get(), rules.villageCodes(), rules.carriers(), rules.now(),
                            times, problems);
                    return;
                }
                rows[0]++;
                rowsRead.accept(rows[0]);
                DeliveryRecord record = reader[0].read(rowNumber, fields);
                if (record != null) {
                    byte[] digest = RecordDigest.of(record);
                    batch.add(digest);
                    sink.accept(rowNumber, record, digest);
                }
            });
            if (!headerSeen[0]) {
                problems.add(1, (String) null, null, LedgerRule.BAD_HEADER);
            }
        } catch (HeaderRefused e) {
            // reported on row 1; no row is read without a header
        } catch (LedgerFileException e) {
            problems.add(e.row(), (String) null, e.getMessage(), LedgerRule.BAD_SYNTAX);
        }
        return new Result(rows[0], batch.rows(), problems, batch.finish());
    }

    /**
     * Reads no more than the header and the first data row: what can be refused before a file is queued.
     *
     * @return the problems of the header or of the file's format (empty when the start reads well), and whether a
     *         data row follows the header
     * @throws IOException when the file cannot be read at all
     */
    public static Start start(LedgerFile file, String fileName) throws IOException {
        LedgerProblems problems = new LedgerProblems(fileName);
        boolean[] seen = new boolean[2];
        try {
            file.read((rowNumber, fields) -> {
                if (seen[0]) {
                    seen[1] = true;
                    throw new EnoughRead(rowNumber);
                }
                seen[0] = true;
                if (LedgerHeader.read(fields, problems).isEmpty()) {
                    throw new HeaderRefused();
                }
            });
            if (!seen[0]) {
                problems.add(1, (String) null, null, LedgerRule.BAD_HEADER);
            }
        } catch (EnoughRead e) {
            // the header and one data row were read
        } catch (HeaderRefused e) {
            // reported on row 1
        } catch (LedgerFileException e) {
            problems.add(e.row(), (String) null, e.getMessage(), LedgerRule.BAD_SYNTAX);
        }
        return new Start(problems, seen[1]);
    }

    /**
     * The start of a file.
     *
     * @param problems problems of the header or of the format found at the start
     * @param hasRows  whether a data row follows the header
     */
    public record Start(LedgerProblems problems, boolean hasRows) {
    }

    /** Ends reading the start of a file; a file exception so that the Excel reader passes it on unchanged. */
    private static final class EnoughRead extends LedgerFileException {
        EnoughRead(long row) {
            super(row, "enough read", null);
        }
    }

    private static final class HeaderRefused extends RuntimeException {
        HeaderRefused() {
            super(null, null, false, false);
        }
    }
}
