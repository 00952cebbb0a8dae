package org.gongpei.planning.demand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongpei.planning.csv.CsvRecords;

/**
 * A CSV text read by header name (RFC 4180 quoting, a leading byte-order mark accepted, column names
 * matched without regard to case). Every problem goes to a list as a sentence that names the file, the
 * row (the header being row 1) and the column.
 */
final class CsvSheet {

    private final String fileName;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final List<String> problems;

    private CsvSheet(String fileName, List<String> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * @param knownColumns every column the file may have
     * @param requiredColumns the columns it must have
     */
    static CsvSheet parse(String fileName, String text, List<String> knownColumns, List<String> requiredColumns,
            List<String> problems) {
        CsvSheet sheet = new CsvSheet(fileName, problems);
        CsvRecords split = CsvRecords.split(text);
        List<List<String>> records = split.records();
        if (split.syntaxError() != null) {
            problems.add(fileName + " row " + (records.size() + 1) + ": " + split.syntaxError());
        }
        if (records.isEmpty() || CsvRecords.blank(records.get(0))) {
            problems.add(fileName + ": the file is empty; it needs the header row " + String.join(",", requiredColumns));
            return sheet;
        }
        List<String> header = records.get(0);
        Map<String, String> known = new HashMap<>();
        knownColumns.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                problems.add(fileName + " row 1, column " + (i + 1) + ": unknown column '" + name
                        + "'; the columns are " + String.join(",", knownColumns));
            } else if (sheet.columns.putIfAbsent(column, i) != null) {
                problems.add(fileName + " row 1, column " + (i + 1) + ": column '" + name + "' appears twice");
            }
        }
        for (String required : requiredColumns) {
            if (!sheet.columns.containsKey(required)) {
                problems.add(fileName + " row 1: the header has no column '" + required + "' (found: "
                        + String.join(",", header) + ")");
            }
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (CsvRecords.blank(record)) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(fileName + " row " + (r + 1) + ": " + record.size() + " fields where the header has "
                        + header.size());
                continue;
            }
            sheet.rows.add(record);
            sheet.rowNumbers.add(r + 1);
        }
        return sheet;
    }

    int size() {
        return rows.size();
    }

    /** @return the row's number in the file, the header being row 1 */
    int rowNumber(int row) {
        return rowNumbers.get(row);
    }

    /** Records a problem with a cell. */
    void problem(int row, String column, String message) {
        problems.add(fileName + " row " + rowNumber(row) + ", column " + column + ": " + message);
    }

    /** Records a problem with a row as a whole. */
    void problem(int row, String message) {
        problems.add(fileName + " row " + rowNumber(row) + ": " + message);
    }

    /** @return the trimmed cell, or null when the column is absent or the cell blank */
    String text(int row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = rows.get(row).get(index).trim();
        return value.isEmpty() ? null : value;
    }

    /** @return the cell's text; null, with a problem recorded, when blank */
    String required(int row, String column) {
        String value = text(row, column);
        if (value == null && columns.containsKey(column)) {
            problem(row, column, "the value is missing");
        }
        return value;
    }

    /** @return a whole number ≥ {@code min}, or null with a problem recorded */
    Integer wholeNumber(int row, String column, int min) {
        String value = required(row, column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min) {
                problem(row, column, "'" + value + "' is " + (number < 0 ? "negative" : "below " + min));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(row, column, "'" + value + "' is not a whole number");
            return null;
        }
    }

    /** @return a finite decimal ≥ 0, or null with a problem recorded */
    BigDecimal amount(int row, String column) {
        String value = required(row, column);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(row, column, "'" + value + "' is not a number");
            return null;
        }
        if (number.signum() < 0) {
            problem(row, column, "'" + value + "' is negative");
            return null;
        }
        return number;
    }
}
