package org.gongpei.service.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The integrity checks of a county's delivery record for a period: evidence an evaluator weighs before a veto
 * (一票否决), not verdicts. Each rule says whether it was run and lists the rows it found.
 *
 * @param rules     one entry per rule, in the order of {@link IntegrityRule}
 * @param villages  per village, how many findings of each rule concern it, most suspicious first
 */
public record IntegrityFindings(String countyCode, java.time.LocalDate from, java.time.LocalDate to,
        List<RuleResult> rules, List<VillageSuspicion> villages) {

    /**
     * One rule's result.
     *
     * @param run      whether the rule could be run (the road-time rules need the county's road network)
     * @param note     why it was not run, or the thresholds it used
     * @param count    how many findings
     * @param findings the first 1,000
     */
    public record RuleResult(IntegrityRule rule, boolean run, String note, long count, List<Finding> findings) {
    }

    /**
     * One finding: the rows concerned (a waybill's row, or a group of rows).
     *
     * @param waybills    the waybills concerned (at most 50 listed)
     * @param villageCodes the villages concerned
     * @param vehicle     the vehicle concerned, or null
     * @param at          the moment concerned
     * @param detail      what was found, e.g. "14 parcels of 5 villages signed in one minute"
     */
    public record Finding(List<String> waybills, List<String> villageCodes, String vehicle, Instant at, String detail) {
    }

    /** How many findings of each rule concern a village. */
    public record VillageSuspicion(String villageCode, String name, long findings,
            java.util.Map<IntegrityRule, Long> perRule) {
    }
}
