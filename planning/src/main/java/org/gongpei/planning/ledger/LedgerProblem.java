package org.gongpei.planning.ledger;

/**
 * One problem of a record file.
 *
 * @param file   the file's name as uploaded
 * @param row    the row number in the file, 1 for the header row
 * @param column the column's header name, or null for the whole row
 * @param value  the value as read, or null
 * @param rule   the rule broken
 */
public record LedgerProblem(String file, long row, String column, String value, LedgerRule rule) {
}
