package org.gongpei.service.rest;

import java.util.List;
import java.util.Map;

import org.gongpei.planning.ledger.LedgerProblem;
import org.gongpei.planning.ledger.LedgerRule;

/**
 * The problem-details answer ({@code application/problem+json}) to a record file refused whole: the problems
 * counted per rule over the whole file and the first 1,000 named by file, row, column, value and rule.
 */
public record LedgerProblemDocument(String type, String title, int status, String code, String detail,
        String instance, long rows, Map<LedgerRule, Long> counts, List<LedgerProblem> problems) {
}
