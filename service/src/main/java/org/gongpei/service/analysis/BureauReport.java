package org.gongpei.service.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.gongpei.planning.analysis.Parity;
import org.gongpei.planning.analysis.Savings;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.SeedSpread;
import org.gongpei.planning.analysis.SubsidyAnalysis;
import org.gongpei.planning.analysis.TownshipCost;
import org.gongpei.planning.analysis.VillageCost;

/**
 * The printable report of a done analysis for the county commerce bureau (共同配送成本分析报告), in Chinese and
 * for A4 landscape: the scenarios compared with their savings and a chart of their costs, the cost per
 * township, the 20 villages dearest per parcel, parity with the provincial capital, the subsidy phase-out and
 * the assumptions. This class builds the view model; the page is the template {@code templates/bureauReport.html}.
 * Money is in yuan, distances in kilometres, all numbers formatted here.
 */
public final class BureauReport {

    static final int DEAREST_VILLAGES = 20;
    private static final int CHART_WIDTH = 520;

    private BureauReport() {
    }

    /** The page's template, escaping every text it is given. */
    @CheckedTemplate(basePath = "")
    record bureauReport(Page page) implements TemplateInstance {
    }

    /**
     * The whole report.
     *
     * @param demandSeed the seed of the generated demand; null for demand uploaded as CSV
     * @param parity null when the analysis has no parity
     * @param subsidy null when the analysis has no subsidy schedule
     */
    public record Page(long analysisId, String countyName, String countyCode, String date, Long demandSeed,
            int timeLimitSeconds, List<ScenarioRow> scenarios, List<SavingsRow> savings, Chart chart,
            List<TownshipRow> townships, List<VillageRow> villages, ParityTable parity, SubsidyTable subsidy,
            Assumptions assumptions) {
    }

    /** One scenario's metrics. */
    public record ScenarioRow(String name, int solves, String km, int vehicleDays, String driverHours, String fixedYuan,
            String distanceYuan, String timeYuan, String handlingYuan, String totalYuan, String yuanPerParcel,
            String co2Kg, int villagesServed, int villageVisits, String averageAgeHours, String worstAgeHours,
            int unservedParcels) {
    }

    /**
     * What a scenario saves against another.
     *
     * @param seeds with several random seeds their number, with the saving's median and range over them; else null
     * @param uncertain whether that range reaches no saving, or some seed's scenarios served different parcels
     * @param penaltyYuan the stated price of a parcel left out when it is inside the saving, else null
     * @param againstUnserved parcels the baseline left out
     * @param scenarioUnserved parcels the scenario left out
     */
    public record SavingsRow(String scenario, String against, String costYuan, String costPercent, String km,
            String distancePercent, int vehicleDays, String co2Kg, boolean comparable, int againstParcels,
            int scenarioParcels, Integer seeds, String medianYuan, String minYuan, String maxYuan, boolean uncertain,
            String penaltyYuan, int againstUnserved, int scenarioUnserved) {
    }

    /** The bar chart of the scenarios' total costs, in pixels. */
    public record Chart(int width, int height, List<Bar> bars) {
    }

    /** One bar; {@code joint} bars are drawn in the joint scenario's colour. */
    public record Bar(String label, int textY, int barY, long barWidth, long valueX, String totalYuan, boolean joint) {
    }

    /** One township of the joint network. */
    public record TownshipRow(String name, int villages, int parcels, String totalYuan, String yuanPerParcel) {
    }

    /** One village of the joint network. */
    public record VillageRow(String name, int parcels, String km, String visitYuan, String trunkYuan, String handlingYuan,
            String yuanPerParcel) {
    }

    /**
     * The comparison with the provincial capital.
     *
     * @param referenceYear the year of the reference, null when it has none (given in the request, or stored before)
     * @param referenceSourceDate when the reference was published or surveyed, null where the year is
     * @param referenceSourceCode the source as a code the template says ({@code ASSUMED_URBAN_FEE},
     *        {@code GIVEN_IN_REQUEST}), or null for a source that is a sentence ({@code referenceSource})
     * @param remoteRuleSource where the remote rule comes from (COUNTY, DEFAULT, REQUEST), null before rules were kept
     */
    public record ParityTable(String capital, String province, String referenceYuan, String countyYuanPerParcel,
            String countyRatio, String nonRemoteYuanPerParcel, String nonRemoteRatio, long remoteVillages,
            long remoteMinutes, String tolerancePercent, boolean onPar, long villagesOnPar, int villages,
            Integer referenceYear, String referenceSourceDate, String referenceSource, String referenceSourceCode,
            int remoteListed, String remoteRuleSource) {
    }

    /** The subsidy phase-out per year, and how many villages never break even without it. */
    public record SubsidyTable(List<YearRow> years, int villages, int horizonYears, long neverWithoutSubsidy) {
    }

    /** One year of the subsidy schedule. */
    public record YearRow(int year, String yuanPerParcel, String yuanPerDay, String netYuanPerParcel, int viableVillages) {
    }

    /**
     * The figures the assumptions name.
     *
     * @param referenceSource the source of the capital's reference cost; null without parity
     */
    public record Assumptions(String centreHandlingYuan, String hubHandlingYuan, String kgCo2PerLitreDiesel,
            String referenceSource, boolean uploadedDemand) {
    }

    /**
     * @param view the done analysis
     * @return a complete HTML page; every text from data is escaped
     */
    public static String html(AnalysisView view) {
        return new bureauReport(page(view)).render();
    }

    /** @return the view model of the report of a done analysis */
    public static Page page(AnalysisView view) {
        ScenarioReport r = view.report();
        return new Page(view.id(), r.countyName(), r.countyCode(), r.date().toString(), view.options().demandSeed(),
                view.options().timeLimitSeconds(), r.scenarios().stream().map(BureauReport::scenario).toList(),
                r.savings().stream().map(saving -> savings(saving, r.seeds())).toList(), chart(r.scenarios()),
                r.townships().stream().map(BureauReport::township).toList(),
                r.villages().stream().sorted(Comparator.comparingDouble(VillageCost::costPerParcelFen).reversed())
                        .limit(DEAREST_VILLAGES).map(BureauReport::village).toList(),
                r.parity() == null ? null : parity(r.parity(), view.options()), r.subsidy() == null ? null : subsidy(r.subsidy()),
                new Assumptions(fixed(r.parameters().centreHandlingFenPerParcel() / 100.0, 2),
                        fixed(r.parameters().hubHandlingFenPerParcel() / 100.0, 2),
                        fixed(r.parameters().kgCo2PerLitreDiesel(), 1),
                        r.parity() == null ? null : r.parity().options().reference().source(),
                        view.options().demandSeed() == null));
    }

    private static ScenarioRow scenario(ScenarioMetrics m) {
        return new ScenarioRow(m.kind().chineseName(), m.solves(), fixed(m.distanceMetres() / 1000.0, 0), m.vehicleDays(),
                fixed(m.driverSeconds() / 3600.0, 1), fixed(m.cost().fixedFen() / 100.0, 0),
                fixed(m.cost().distanceFen() / 100.0, 0), fixed(m.cost().timeFen() / 100.0, 0),
                fixed(m.cost().handlingFen() / 100.0, 0), fixed(m.totalFen() / 100.0, 0), fixed(m.costPerParcelFen() / 100, 3),
                fixed(m.co2Grams() / 1000.0, 0), m.villagesServed(), m.villageVisits(),
                fixed(m.averageParcelAgeSeconds() / 3600.0, 1), fixed(m.worstParcelAgeSeconds() / 3600.0, 1),
                m.unservedParcels());
    }

    private static SavingsRow savings(Savings s, SeedSpread seeds) {
        SeedSpread.Saving spread = seeds == null || seeds.seeds().size() < 2 ? null : seeds.savings().stream()
                .filter(x -> x.against() == s.against() && x.scenario() == s.scenario()).findFirst().orElse(null);
        return new SavingsRow(s.scenario().chineseName(), s.against().chineseName(), fixed(s.costFen() / 100.0, 0),
                fixed(s.costPercent(), 1), fixed(s.distanceMetres() / 1000.0, 0), fixed(s.distancePercent(), 1),
                s.vehicleDays(), fixed(s.co2Grams() / 1000.0, 0), s.comparable(), s.againstParcels(), s.scenarioParcels(),
                spread == null ? null : seeds.seeds().size(),
                spread == null ? null : fixed(spread.medianFen() / 100.0, 0),
                spread == null ? null : fixed(spread.minFen() / 100.0, 0),
                spread == null ? null : fixed(spread.maxFen() / 100.0, 0),
                spread != null && (!spread.comparable() || spread.minFen() <= 0),
                s.penalised() ? fixed(s.penaltyFenPerParcel() / 100.0, 2) : null, s.againstUnservedParcels(),
                s.scenarioUnservedParcels());
    }

    private static Chart chart(List<ScenarioMetrics> scenarios) {
        long max = scenarios.stream().mapToLong(ScenarioMetrics::totalFen).max().orElse(1);
        List<Bar> bars = new ArrayList<>(scenarios.size());
        for (ScenarioMetrics m : scenarios) {
            int i = bars.size();
            long width = max == 0 ? 0 : Math.round((double) m.totalFen() / max * CHART_WIDTH);
            bars.add(new Bar(m.kind().chineseName(), i * 30 + 20, i * 30 + 5, width, 155 + width,
                    fixed(m.totalFen() / 100.0, 0), m.kind() == ScenarioKind.JOINT));
        }
        return new Chart(CHART_WIDTH + 200, 30 * scenarios.size() + 10, bars);
    }

    private static TownshipRow township(TownshipCost t) {
        return new TownshipRow(t.name(), t.villages(), t.parcels(), fixed(t.totalFen() / 100.0, 0),
                fixed(t.costPerParcelFen() / 100, 3));
    }

    private static VillageRow village(VillageCost v) {
        return new VillageRow(v.name(), v.parcels(), fixed(v.roadMetresFromCentre() / 1000.0, 1), fixed(v.visitFen() / 100.0, 2),
                fixed(v.trunkFen() / 100.0, 2), fixed(v.handlingFen() / 100.0, 2), fixed(v.costPerParcelFen() / 100, 2));
    }

    private static ParityTable parity(Parity p, AnalysisOptions options) {
        return new ParityTable(p.options().reference().capital(), p.options().reference().province(),
                fixed(p.options().reference().referenceFenPerParcel() / 100.0, 2), fixed(p.countyCostPerParcelFen() / 100, 3),
                fixed(p.countyRatio(), 2), fixed(p.nonRemoteCostPerParcelFen() / 100, 3), fixed(p.nonRemoteRatio(), 2),
                p.villages().stream().filter(Parity.VillageParity::remote).count(), p.options().remoteRoadSeconds() / 60,
                fixed(p.options().tolerancePercent(), 0), p.onPar(),
                p.villages().stream().filter(Parity.VillageParity::onPar).count(), p.villages().size(),
                p.options().reference().year(), p.options().reference().sourceDate() == null ? null
                        : p.options().reference().sourceDate().toString(), p.options().reference().source(),
                p.options().reference().sourceCode(), p.options().remoteVillageCodes().size(),
                options.remoteRuleSource() == null ? null : options.remoteRuleSource().name());
    }

    private static SubsidyTable subsidy(SubsidyAnalysis s) {
        List<YearRow> years = s.years().stream().map(y -> new YearRow(y.year(), fixed(y.subsidyFenPerParcel() / 100.0, 2),
                fixed(y.subsidyFen() / 100.0, 0), fixed(y.netCostPerParcelFen() / 100, 3), y.viableVillages())).toList();
        return new SubsidyTable(years, s.villages().size(), SubsidyAnalysis.HORIZON_YEARS,
                s.villages().stream().filter(v -> v.firstYearWithoutSubsidy() == null).count());
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
