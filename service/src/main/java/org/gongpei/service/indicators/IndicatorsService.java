package org.gongpei.service.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.planning.analysis.Parity;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.analysis.AnalysisService;
import org.gongpei.service.analysis.AnalysisView;
import org.gongpei.service.calendar.CalendarJobs;
import org.gongpei.service.calendar.CalendarResult;
import org.gongpei.service.calendar.Compliance;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.indicators.ProgrammeIndicators.CostPoint;
import org.gongpei.service.indicators.ProgrammeIndicators.Costs;
import org.gongpei.service.indicators.ProgrammeIndicators.Coverage;
import org.gongpei.service.indicators.ProgrammeIndicators.Delivery;
import org.gongpei.service.indicators.ProgrammeIndicators.SubsidyYear;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.ledger.RecordCompliance;
import org.gongpei.service.ledger.RecordComplianceQuery;
import org.gongpei.service.parity.RemoteRule;
import org.gongpei.service.parity.RemoteRules;

/** Gathers a county's programme indicators from its network, records, latest calendar and analyses. */
@ApplicationScoped
public class IndicatorsService {

    /** Villages of this many residents or more must have a station (seed 002). */
    public static final int LARGE_VILLAGE_POPULATION = 500;
    /** Analyses read for the cost trend, newest first. */
    static final int TREND_ANALYSES = 24;

    @Inject
    CountyService counties;

    @Inject
    RecordComplianceQuery records;

    @Inject
    CalendarJobs calendars;

    @Inject
    AnalysisService analyses;

    @Inject
    RemoteRules remoteRules;

    /**
     * @param from first day of the period, inclusive
     * @param to the day after the last, exclusive
     * @param targetHours the delivery-time target the records are judged by
     */
    public ProgrammeIndicators compute(String countyCode, LocalDate from, LocalDate to, int targetHours) {
        CountyNetworkData county = counties.network(countyCode);
        List<String> missing = new ArrayList<>();
        Delivery delivery = delivery(countyCode, from, to, targetHours, missing);
        Costs costs = costs(countyCode, missing);
        return new ProgrammeIndicators(county.code(), county.name(), county.province(), county.provincialCapital(), from,
                to, targetHours, coverage(county), delivery, costs, missing);
    }

    static Coverage coverage(CountyNetworkData county) {
        List<VillageData> villages = county.villages();
        int stations = (int) villages.stream().filter(VillageData::station).count();
        int poor = (int) villages.stream().filter(VillageData::poor).count();
        int poorWithStation = (int) villages.stream().filter(v -> v.poor() && v.station()).count();
        int large = (int) villages.stream().filter(v -> v.population() >= LARGE_VILLAGE_POPULATION).count();
        int largeWithStation = (int) villages.stream()
                .filter(v -> v.population() >= LARGE_VILLAGE_POPULATION && v.station()).count();
        Set<String> covered = new HashSet<>();
        villages.stream().filter(VillageData::station).forEach(v -> covered.add(v.townshipCode()));
        return new Coverage(villages.size(), stations, share(stations, villages.size()), poor, poorWithStation,
                share(poorWithStation, poor), county.townships().size(), covered.size(), LARGE_VILLAGE_POPULATION, large,
                largeWithStation);
    }

    private Delivery delivery(String countyCode, LocalDate from, LocalDate to, int targetHours, List<String> missing) {
        RemoteRule rule = remoteRules.rule(countyCode);
        RecordCompliance compliance = records.compute(countyCode, from, to, targetHours, rule);
        Long recordParcels = compliance.totalAllVillages().parcels() == 0 ? null : compliance.totalAllVillages().parcels();
        if (recordParcels == null) {
            missing.add("RECORDS");
        }
        Long calendarId = calendars.latestDone(countyCode).orElse(null);
        Compliance planned = null;
        if (calendarId == null) {
            missing.add("CALENDAR");
        } else {
            CalendarResult result = calendars.result(calendarId);
            planned = Compliance.of(result, rule);
        }
        return new Delivery(recordParcels, recordParcels == null ? null : compliance.totalAllVillages().share(),
                calendarId, planned == null ? null : planned.shareOfParcelsWithin(),
                planned == null ? null : planned.targetHours(), rule,
                recordParcels == null ? null : compliance.total().share(),
                planned == null ? null : planned.remoteVillages().size());
    }

    private Costs costs(String countyCode, List<String> missing) {
        List<AnalysisView> done = analyses.list(countyCode).stream().filter(a -> a.status() == JobStatus.DONE)
                .limit(TREND_ANALYSES).map(a -> analyses.done(a.id())).filter(a -> a.report() != null).toList();
        if (done.isEmpty()) {
            missing.add("ANALYSIS");
            return new Costs(null, null, null, null, null, null, null, null, null, List.of(), List.of(), null, null);
        }
        List<CostPoint> trend = new ArrayList<>();
        for (AnalysisView analysis : done) {
            Parity parity = analysis.report().parity();
            if (parity != null) {
                trend.add(new CostPoint(analysis.id(), analysis.date(), parity.countyCostPerParcelFen() / 100.0,
                        parity.countyRatio()));
            }
        }
        trend.sort(Comparator.comparing(CostPoint::date).thenComparing(CostPoint::analysisId));
        AnalysisView latest = done.getFirst();
        ScenarioReport report = latest.report();
        Parity parity = report.parity();
        ScenarioMetrics joint = report.scenario(ScenarioKind.JOINT).orElse(null);
        List<SubsidyYear> subsidy = report.subsidy() == null ? List.of() : report.subsidy().years().stream()
                .map(y -> new SubsidyYear(y.year(), y.subsidyFenPerParcel() / 100.0, y.netCostPerParcelFen() / 100.0))
                .toList();
        return new Costs(latest.id(), latest.date(),
                parity != null ? parity.countyCostPerParcelFen() / 100.0
                        : joint == null ? null : joint.costPerParcelFen() / 100.0,
                parity == null ? null : parity.options().reference().referenceFenPerParcel() / 100.0,
                parity == null ? null : parity.options().reference().source(),
                parity == null ? null : parity.options().reference().sourceCode(),
                parity == null ? null : parity.countyRatio(), parity == null ? null : parity.onPar(),
                joint == null ? null : joint.parcelsPickedUp(), subsidy, trend,
                parity == null ? null : parity.options().reference().year(),
                parity == null ? null : parity.options().reference().sourceDate());
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
