package org.gongpei.service.ledger;

import java.util.List;
import java.util.Map;

import org.gongpei.planning.ledger.LedgerProblem;
import org.gongpei.planning.ledger.LedgerRule;

/** A record file refused whole: nothing of it was stored. Answered as 422 with the problems. */
public class LedgerRejectedException extends RuntimeException {

    private final long rows;
    private final Map<LedgerRule, Long> counts;
    private final List<LedgerProblem> problems;

    public LedgerRejectedException(String message, long rows, Map<LedgerRule, Long> counts,
            List<LedgerProblem> problems) {
        super(message);
        this.rows = rows;
        this.counts = Map.copyOf(counts);
        this.problems = List.copyOf(problems);
    }

    /** @return the data rows of the file */
    public long rows() {
        return rows;
    }

    /** @return the problems per rule */
    public Map<LedgerRule, Long> counts() {
        return counts;
    }

    /** @return the first problems in full */
    public List<LedgerProblem> problems() {
        return problems;
    }
}
