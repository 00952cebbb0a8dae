package org.gongpei.planning.ledger;

/** The rules a delivery record row is checked by; a row that breaks one is not stored. */
public enum LedgerRule {
    /** The file has no header row, a mandatory column is missing or a column is named twice. */
    BAD_HEADER,
    /** A row has more fields than the header, or the file cannot be read as CSV or Excel. */
    BAD_SYNTAX,
    /** A mandatory value (waybill, carrier, village code) is empty. */
    MISSING_VALUE,
    /** A text is longer than allowed or holds a control character such as a NUL byte. */
    BAD_TEXT,
    /** The village code is not a village of the county. */
    UNKNOWN_VILLAGE,
    /** The carrier is not one of the county's carriers. */
    UNKNOWN_CARRIER,
    /** The chilled flag is none of true/false, 是/否, 1/0. */
    UNREADABLE_FLAG,
    /** A mandatory time is empty. */
    MISSING_TIME,
    /** A time is not an ISO-8601 date and time. */
    UNREADABLE_TIME,
    /** The times are not in the order received ≤ left ≤ hub ≤ station ≤ signed. */
    TIMES_OUT_OF_ORDER,
    /** A time lies after the moment of the import. */
    TIME_IN_FUTURE,
    /** The waybill appears twice in the file. */
    DUPLICATE_WAYBILL,
    /** A correction names a waybill the county's records do not have. */
    UNKNOWN_WAYBILL
}
