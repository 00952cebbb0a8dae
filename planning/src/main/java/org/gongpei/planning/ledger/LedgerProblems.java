package org.gongpei.planning.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one import: a count per rule over the whole file and the first problems in full
 * (at most {@link #KEPT}), so that a file of millions of bad rows is reported in bounded memory.
 */
public final class LedgerProblems {

    /** How many problems are kept in full. */
    public static final int KEPT = 1_000;
    /** The longest value kept in a problem; longer ones are cut. */
    static final int MAX_VALUE_CHARS = 200;

    private final String file;
    private final Map<LedgerRule, Long> counts = new EnumMap<>(LedgerRule.class);
    private final List<LedgerProblem> first = new ArrayList<>();
    private long total;

    /** @param file the file's name as uploaded */
    public LedgerProblems(String file) {
        this.file = file;
    }

    /** Records a problem. */
    public void add(long row, LedgerColumn column, String value, LedgerRule rule) {
        add(row, column == null ? null : column.english(), value, rule);
    }

    /** Records a problem of a column named by its header text. */
    public void add(long row, String column, String value, LedgerRule rule) {
        counts.merge(rule, 1L, Long::sum);
        total++;
        if (first.size() < KEPT) {
            String kept = value != null && value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) : value;
            first.add(new LedgerProblem(file, row, column, kept, rule));
        }
    }

    /** @return whether no problem was found */
    public boolean isEmpty() {
        return total == 0;
    }

    /** @return the number of problems found */
    public long total() {
        return total;
    }

    /** @return the number of problems per rule, rules without a problem left out */
    public Map<LedgerRule, Long> counts() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** @return the first problems, in the order found */
    public List<LedgerProblem> first() {
        return List.copyOf(first);
    }
}
