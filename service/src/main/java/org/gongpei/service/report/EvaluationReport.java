package org.gongpei.service.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongpei.service.county.CountySummary;
import org.gongpei.service.ledger.ChainVerification;
import org.gongpei.service.ledger.IntegrityFindings;
import org.gongpei.service.ledger.RecordCompliance;

/**
 * What the evaluation report of a county's delivery record for a period states: the delivery-time indicator and the
 * ledger completeness, the villages served and not served, the figures per township, the integrity findings per
 * rule and the chain verification.
 *
 * @param from        the first day of intake
 * @param to          the day after the last
 * @param targetHours the delivery-time target
 * @param madeAt      when the report was made
 * @param notServed   the villages without a delivery in the period
 */
public record EvaluationReport(CountySummary county, LocalDate from, LocalDate to, int targetHours, Instant madeAt,
        RecordCompliance compliance, IntegrityFindings integrity, ChainVerification chain, List<Village> notServed) {

    /** A village by code and name. */
    public record Village(String code, String name, String townshipCode) {
    }

    /** @return the villages with at least one delivery */
    public int servedVillages() {
        return compliance.villages().size();
    }
}
