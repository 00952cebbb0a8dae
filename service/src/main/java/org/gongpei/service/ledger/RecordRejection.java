package org.gongpei.service.ledger;

import java.util.List;
import java.util.Map;

import org.gongpei.planning.ledger.LedgerProblem;
import org.gongpei.planning.ledger.LedgerRule;

/**
 * A record file refused whole, as a refused import keeps it: the same content as the 422 answer of a file
 * refused at upload.
 *
 * @param detail   what was refused
 * @param rows     the data rows of the file
 * @param counts   the problems per rule
 * @param problems the first 1,000 problems (file, row, column, value, rule)
 */
public record RecordRejection(String detail, long rows, Map<LedgerRule, Long> counts, List<LedgerProblem> problems) {

    static RecordRejection of(LedgerRejectedException e) {
        return new RecordRejection(e.getMessage(), e.rows(), e.counts(), e.problems());
    }
}
