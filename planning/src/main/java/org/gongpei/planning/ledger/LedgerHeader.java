package org.gongpei.planning.ledger;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each column of a record file stands, read from its header row. */
public final class LedgerHeader {

    private final int[] index;
    private final int width;

    private LedgerHeader(int[] index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * Reads a header row. Columns gongpei does not know are ignored.
     *
     * @return the header, or empty when a mandatory column is missing or a column is named twice (each
     *         reported as {@link LedgerRule#BAD_HEADER} on row 1)
     */
    public static Optional<LedgerHeader> read(List<String> names, LedgerProblems problems) {
        int[] index = new int[LedgerColumn.values().length];
        Arrays.fill(index, -1);
        boolean good = true;
        for (int i = 0; i < names.size(); i++) {
            Optional<LedgerColumn> column = LedgerColumn.byHeader(names.get(i));
            if (column.isEmpty()) {
                continue;
            }
            if (index[column.get().ordinal()] >= 0) {
                problems.add(1, column.get(), names.get(i), LedgerRule.BAD_HEADER);
                good = false;
            }
            index[column.get().ordinal()] = i;
        }
        for (LedgerColumn column : LedgerColumn.values()) {
            if (column.mandatory() && index[column.ordinal()] < 0) {
                problems.add(1, column, null, LedgerRule.BAD_HEADER);
                good = false;
            }
        }
        return good ? Optional.of(new LedgerHeader(index, names.size())) : Optional.empty();
    }

    /** @return the column's field of a row: stripped, null when the column is absent or the field empty */
    public String value(List<String> row, LedgerColumn column) {
        int i = index[column.ordinal()];
        if (i < 0 || i >= row.size()) {
            return null;
        }
        String value = row.get(i);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** @return the number of columns of the header row */
    public int width() {
        return width;
    }

    /** @return the position of each column the file has */
    public Map<LedgerColumn, Integer> positions() {
        Map<LedgerColumn, Integer> positions = new EnumMap<>(LedgerColumn.class);
        for (LedgerColumn column : LedgerColumn.values()) {
            if (index[column.ordinal()] >= 0) {
                positions.put(column, index[column.ordinal()]);
            }
        }
        return positions;
    }
}
