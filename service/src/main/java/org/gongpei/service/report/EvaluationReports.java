package org.gongpei.service.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.ledger.IntegrityChecks;
import org.gongpei.service.ledger.IntegritySettings;
import org.gongpei.service.ledger.LedgerVerifier;
import org.gongpei.service.ledger.RecordComplianceQuery;
import org.gongpei.service.parity.RemoteRule;

/** Gathers the evaluation report of a county's records from the compliance, integrity and chain checks. */
@ApplicationScoped
public class EvaluationReports {

    @Inject
    CountyService counties;

    @Inject
    RecordComplianceQuery compliance;

    @Inject
    IntegrityChecks integrity;

    @Inject
    LedgerVerifier verifier;

    /**
     * @param remote the rule by which remote villages are left out of the indicator
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     */
    public EvaluationReport report(String countyCode, LocalDate from, LocalDate to, int targetHours,
            RemoteRule remote) {
        var county = counties.summary(countyCode);
        Map<String, VillageData> villages = counties.network(countyCode).villages().stream()
                .collect(Collectors.toMap(VillageData::code, Function.identity()));
        var figures = compliance.compute(countyCode, from, to, targetHours, remote);
        List<EvaluationReport.Village> notServed = figures.villagesWithoutDelivery().stream().map(code -> {
            VillageData village = villages.get(code);
            return new EvaluationReport.Village(code, village == null ? null : village.name(),
                    village == null ? null : village.townshipCode());
        }).toList();
        return new EvaluationReport(county, from, to, targetHours, Instant.now(), figures,
                integrity.check(countyCode, from, to, IntegritySettings.DEFAULTS), verifier.verify(countyCode),
                notServed);
    }
}
