package org.gongpei.planning.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV text split into records (RFC 4180: comma-separated, double quotes around fields that contain
 * commas, quotes or line breaks, {@code ""} for a quote; CRLF, LF or CR line ends; a leading
 * byte-order mark dropped). A blank line is a record of one empty field, so record numbers stay line
 * numbers.
 *
 * @param records the records read, up to a syntax error if there is one
 * @param syntaxError what is wrong with the record after the last one read, or null
 */
public record CsvRecords(List<List<String>> records, String syntaxError) {

    public CsvRecords {
        records = List.copyOf(records);
    }

    /** Splits {@code text}; never throws for malformed text, which is reported in {@link #syntaxError()}. */
    public static CsvRecords split(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '"') {
                return new CsvRecords(records, "a quote inside an unquoted field");
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            return new CsvRecords(records, "a quoted field is not closed");
        }
        if (fieldStarted || !record.isEmpty() || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return new CsvRecords(records, null);
    }

    /** @return whether a record is a blank line */
    public static boolean blank(List<String> record) {
        return record.size() == 1 && record.get(0).isBlank();
    }
}
