package org.gongpei.planning.ledger;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A record file as CSV (RFC 4180) in UTF-8, read with Apache Commons CSV; a byte-order mark is dropped and a
 * file that is not UTF-8 (such as a GBK export) is refused with a sentence saying how to save it.
 */
final class CsvLedgerFile implements LedgerFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final Path file;
    private final AtomicLong bytesRead;

    CsvLedgerFile(Path file, AtomicLong bytesRead) {
        this.file = file;
        this.bytesRead = bytesRead;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(counted(Files.newInputStream(file)), utf8), 1 << 16)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            List<String> fields = new ArrayList<>();
            long row = 0;
            try {
                for (CSVRecord record : parser) {
                    row = record.getRecordNumber();
                    fields.clear();
                    record.forEach(fields::add);
                    sink.row(row, fields);
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new LedgerFileException(row + 1, "The file is not UTF-8 text: save it as 'CSV UTF-8'", e);
                }
                throw new LedgerFileException(row + 1, "The file is not valid CSV: " + e.getCause().getMessage(), e);
            } catch (IllegalStateException e) {
                throw new LedgerFileException(row + 1, "The file is not valid CSV: " + e.getMessage(), e);
            }
        } catch (CharacterCodingException e) {
            throw new LedgerFileException(1, "The file is not UTF-8 text: save it as 'CSV UTF-8'", e);
        }
    }

    private InputStream counted(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
    }
}
