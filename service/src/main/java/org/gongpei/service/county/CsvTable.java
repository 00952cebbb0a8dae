package org.gongpei.service.county;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongpei.planning.csv.CsvRecords;

/**
 * A CSV file read by header name (RFC 4180: comma-separated, double quotes around fields that
 * contain commas, quotes or line breaks, {@code ""} for a quote). Every problem is collected with
 * the file name, row number (the header is row 1) and column, never thrown one at a time.
 */
public final class CsvTable {

    private final String fileName;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final List<InputError> errors;

    private CsvTable(String fileName, List<InputError> errors) {
        this.fileName = fileName;
        this.errors = errors;
    }

    /** Parses {@code text}; problems go to {@code errors}. Blank lines are skipped but keep their row number. */
    public static CsvTable parse(String fileName, String text, List<String> requiredColumns, List<InputError> errors) {
        CsvRecords split = CsvRecords.split(text);
        List<List<String>> records = split.records();
        if (split.syntaxError() != null) {
            errors.add(new InputError(fileName + " row " + (records.size() + 1), null, split.syntaxError()));
        }
        CsvTable table = new CsvTable(fileName, errors);
        int headerIndex = 0;
        while (headerIndex < records.size() && CsvRecords.blank(records.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == records.size()) {
            errors.add(new InputError(fileName, null, "the file is empty; it needs a header row"));
            return table;
        }
        for (int r = headerIndex + 1; r < records.size(); r++) {
            if (!CsvRecords.blank(records.get(r))) {
                table.rows.add(records.get(r));
                table.rowNumbers.add(r + 1);
            }
        }
        List<String> header = records.get(headerIndex);
        for (int i = 0; i < header.size(); i++) {
            table.columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : requiredColumns) {
            if (!table.columns.containsKey(required.toLowerCase(Locale.ROOT))) {
                errors.add(new InputError(fileName + " row 1", required, "the header has no column '" + required
                        + "' (found: " + String.join(",", header) + ")"));
            }
        }
        for (int r = 0; r < table.rows.size(); r++) {
            if (table.rows.get(r).size() != header.size()) {
                errors.add(new InputError(table.location(r), null, table.rows.get(r).size()
                        + " fields where the header has " + header.size()));
            }
        }
        return table;
    }

    /** @return data rows, blank lines not counted */
    public int size() {
        return rows.size();
    }

    /** @return e.g. {@code villages.csv row 14}: the file's line of the data row (the header being row 1) */
    public String location(int row) {
        return fileName + " row " + rowNumbers.get(row);
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The trimmed text of a cell; null when the column or the cell is absent or blank. */
    public String text(int row, String column) {
        Integer index = columns.get(column.toLowerCase(Locale.ROOT));
        List<String> cells = rows.get(row);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    Double number(int row, String column, boolean required) {
        String value = text(row, column);
        if (value == null) {
            if (required) {
                errors.add(new InputError(location(row), column, column + " is missing"));
            }
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            errors.add(new InputError(location(row), column, "'" + value + "' is not a number"));
            return null;
        }
    }

    Integer integer(int row, String column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new InputError(location(row), column, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    boolean flag(int row, String column) {
        String value = text(row, column);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "是" -> {
                return true;
            }
            case "false", "0", "no", "n", "否" -> {
                return false;
            }
            default -> {
                errors.add(new InputError(location(row), column, "'" + value + "' is not true/false"));
                return false;
            }
        }
    }
}
