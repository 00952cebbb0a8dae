package org.gongpei.service.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.gongpei.planning.analysis.AnalysisParameters;
import org.gongpei.planning.analysis.CostParts;
import org.gongpei.planning.analysis.Parity;
import org.gongpei.planning.analysis.ParityOptions;
import org.gongpei.planning.analysis.ProvinceReference;
import org.gongpei.planning.analysis.Savings;
import org.gongpei.planning.analysis.ScenarioKind;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.SubsidyAnalysis;
import org.gongpei.planning.analysis.SubsidyOptions;
import org.gongpei.planning.analysis.TownshipCost;
import org.gongpei.planning.analysis.VillageCost;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.parity.RemoteRule;
import org.junit.jupiter.api.Test;

/** The bureau's printable report: every section from the analysis, every text escaped (rendered by the app's Qute). */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class BureauReportTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Test
    void everySectionIsPrintedAndMarkupInNamesIsText() {
        String html = BureauReport.html(analysis(42L, 900));

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>大名县&lt;i&gt; 2025-06-16 共同配送成本分析报告</title>")
                .contains("分析编号 9 · 县代码 P130425 · 需求种子 42 · 每次求解限时 5 秒")
                .contains("<code>POST /api/v1/counties/P130425/analyses {\"date\":\"2025-06-16\",\"timeLimitSeconds\":5,"
                        + "\"demandSeed\":42}</code>")
                .contains("<tr><td>共同配送</td><td>3</td><td>120</td><td>4</td><td>10.0</td><td>500</td><td>300</td>"
                        + "<td>200</td><td>100</td><td>1100</td><td>1.100</td><td>90</td><td>2</td><td>2</td><td>5.0</td>"
                        + "<td>9.0</td><td>0</td></tr>")
                .contains("<td>共同配送 对比 各品牌自行配送</td><td>400</td>")
                .contains("fill=\"#2e7d32\"").contains("fill=\"#9e9e9e\"").contains("1500 元</text>")
                .contains("<td>&lt;b&gt;杨桥镇</td><td>2</td><td>1000</td><td>1100</td><td>1.100</td>")
                .contains("<td>" + MARKUP.replace("<", "&lt;").replace(">", "&gt;") + "</td><td>600</td><td>25.0</td>")
                .doesNotContain("<img").doesNotContain("<b>").doesNotContain("<i>").doesNotContain("<script")
                .contains("石家庄市（河北省），每件 1.20 元（2024 年数据）")
                .contains("<th>参考成本来源</th><td>&lt;script&gt;source&lt;/script&gt;；来源日期 2024-03-01</td>")
                .contains("县中心车程 ≥ 60 分钟，或名单上的 0 个村；本县的边远地区规则").contains("结论（容差 10%）</th><td>与省会持平；持平的村 2 / 2")
                .contains("<tr><td>2025</td><td>0.30</td><td>300</td><td>0.800</td><td>1 / 2</td></tr>")
                .contains("30 年内无补贴仍无法盈亏平衡的村：1 个。")
                .contains("县中心每件 0.20 元，乡镇站转运每件 0.10 元").contains("柴油 2.6 kg/升")
                .contains("省会参考成本：&lt;script&gt;source&lt;/script&gt;").contains("演示数据为合成数据。");
    }

    @Test
    void uploadedDemandIsNamedWithTheMultipartCommand() {
        String html = BureauReport.html(analysis(null, 900));

        assertThat(html).contains("需求：上传的 CSV · 每次求解限时 5 秒")
                .contains("<code>POST /api/v1/counties/P130425/analyses（multipart：date=2025-06-16，timeLimitSeconds=5，down，up）</code>")
                .contains("需求来自上传的 CSV 文件（分析日期的行）。").doesNotContain("需求种子");
    }

    @Test
    void scenariosThatServeDifferentParcelsAreNotComparedAsASaving() {
        String html = BureauReport.html(analysis(42L, 90));

        assertThat(html).contains("<td>共同配送 对比 各品牌自行配送</td><td colspan=\"6\">不可比：两种情景服务的包裹不同"
                        + "（共同配送 1000 件，各品牌自行配送 190 件），差额不是节约</td>")
                .doesNotContain("<td>共同配送 对比 各品牌自行配送</td><td>400</td>");
    }

    private static AnalysisView analysis(Long demandSeed, int separateDelivered) {
        LocalDate date = LocalDate.parse("2025-06-16");
        ScenarioMetrics separate = new ScenarioMetrics(ScenarioKind.SEPARATE, 6, 200_000, 6, 54_000,
                new CostParts(80_000, 50_000, 10_000, 10_000), separateDelivered, 100, 900 - separateDelivered, 2, 6, 150_000, 10 * 3600, 20 * 3600, 0, null);
        ScenarioMetrics joint = new ScenarioMetrics(ScenarioKind.JOINT, 3, 120_000, 4, 36_000,
                new CostParts(50_000, 30_000, 20_000, 10_000), 900, 100, 0, 2, 2, 90_000, 5 * 3600, 9 * 3600, 0, null);
        List<VillageCost> villages = List.of(
                new VillageCost("V1", MARKUP, "T1", "H1", 500, 100, 40_000, 20_000, 6_000, 25_000, 1800),
                new VillageCost("V2", "近村", "T1", "H1", 350, 50, 20_000, 15_000, 9_000, 5_000, 600));
        ProvinceReference reference = new ProvinceReference("河北省", "石家庄市", 120, "<script>source</script>", null,
                2024, LocalDate.parse("2024-03-01"));
        ParityOptions parityOptions = new ParityOptions(reference, 10, 3600, Set.of());
        SubsidyAnalysis subsidy = new SubsidyAnalysis(List.of(new SubsidyAnalysis.YearRow(2025, 30, 30_000, 80, 1)),
                List.of(new SubsidyAnalysis.VillageRow("V1", MARKUP, 600, List.of(700.0), null, null),
                        new SubsidyAnalysis.VillageRow("V2", "近村", 400, List.of(300.0), 350.0, 2025)));
        ScenarioReport report = new ScenarioReport("P130425", "大名县<i>", date,
                new AnalysisParameters(Duration.ofSeconds(5), 20, 10, 2.6), List.of(separate, joint),
                List.of(Savings.of(separate, joint)), villages, List.of(new TownshipCost("T1", "<b>杨桥镇", 2, 1000, 110_000)),
                Parity.of(villages, parityOptions), subsidy, null);
        AnalysisOptions options = new AnalysisOptions(date, demandSeed, 5, HubChoice.DESIGNATED,
                List.of(ScenarioKind.SEPARATE, ScenarioKind.JOINT), reference, 10, 3600, List.of(), Map.of(2025, 30L),
                SubsidyOptions.Flow.DOWN, 150, 0, null, 1, RemoteRule.Source.COUNTY, null);
        return new AnalysisView(9, "P130425", date, demandSeed == null ? DemandSource.UPLOADED : DemandSource.GENERATED,
                JobStatus.DONE, null, 1, null, null, null, null, options, report, 0);
    }
}
