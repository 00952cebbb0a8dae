package org.gongpei.planning.ledger;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a county's record rows are checked against.
 *
 * @param villageCodes the county's village codes
 * @param carriers     the county's carriers as written in record files (e.g. 中国邮政, 顺丰, 京东, 供销)
 * @param now          the moment of the import: later times are refused
 * @param zone         the zone of times written without an offset
 */
public record LedgerRules(Set<String> villageCodes, Set<String> carriers, Instant now, ZoneId zone) {

    public LedgerRules {
        villageCodes = Set.copyOf(villageCodes);
        carriers = Set.copyOf(carriers);
    }
}
