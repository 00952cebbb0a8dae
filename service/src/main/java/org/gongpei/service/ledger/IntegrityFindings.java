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
     * @param run           whether the rule could be run (the road-time rules need the county's road network)
     * @param note          why it was not run, or the thresholds it used, in English
     * @param noteCode      the note as a code of {@link IntegrityTexts}, for a reader's language
     * @param noteArguments ... and its arguments
     * @param count         how many findings
     * @param findings      the first 1,000
     */
    public record RuleResult(IntegrityRule rule, boolean run, String note, String noteCode, List<String> noteArguments,
            long count, List<Finding> findings) {

        /** A result whose note is the code's English text. */
        public static RuleResult of(IntegrityRule rule, boolean run, String noteCode, List<String> noteArguments,
                long count, List<Finding> findings) {
            return new RuleResult(rule, run, IntegrityTexts.ENGLISH.note(noteCode, noteArguments), noteCode,
                    List.copyOf(noteArguments), count, findings);
        }
    }

    /**
     * One finding: the rows concerned (a waybill's row, or a group of rows).
     *
     * @param waybills    the waybills concerned (at most 50 listed)
     * @param villageCodes the villages concerned
     * @param vehicle     the vehicle concerned, or null
     * @param at          the moment concerned
     * @param detail      what was found, e.g. "14 parcels of 5 villages signed in one minute", in English
     * @param detailCode  the detail as a code of {@link IntegrityTexts}, for a reader's language
     * @param detailArguments ... and its arguments
     */
    public record Finding(List<String> waybills, List<String> villageCodes, String vehicle, Instant at, String detail,
            String detailCode, List<String> detailArguments) {

        /** A finding whose detail is the code's English text. */
        public static Finding of(List<String> waybills, List<String> villageCodes, String vehicle, Instant at,
                String detailCode, List<String> detailArguments) {
            return new Finding(waybills, villageCodes, vehicle, at,
                    IntegrityTexts.ENGLISH.detail(detailCode, detailArguments), detailCode,
                    List.copyOf(detailArguments));
        }
    }

    /** How many findings of each rule concern a village. */
    public record VillageSuspicion(String villageCode, String name, long findings,
            java.util.Map<IntegrityRule, Long> perRule) {
    }
}
