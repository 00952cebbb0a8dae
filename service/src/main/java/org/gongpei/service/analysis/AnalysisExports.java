package org.gongpei.service.analysis;

import static org.gongpei.service.plan.RouteSheets.esc;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gongpei.planning.analysis.Parity;
import org.gongpei.planning.analysis.Savings;
import org.gongpei.planning.analysis.ScenarioMetrics;
import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.planning.analysis.SubsidyAnalysis;
import org.gongpei.planning.analysis.TownshipCost;
import org.gongpei.planning.analysis.VillageCost;
import org.gongpei.planning.analysis.ScenarioKind;

/** The analysis as CSV files and as a printable report in Chinese. */
public final class AnalysisExports {

    private AnalysisExports() {
    }

    /** @return one row per scenario: the metrics, costs in yuan */
    public static String scenariosCsv(ScenarioReport report) {
        StringBuilder csv = new StringBuilder("scenario,solves,km,vehicleDays,driverHours,fixedYuan,distanceYuan,timeYuan,"
                + "handlingYuan,costYuan,yuanPerParcel,co2Kg,villagesServed,villageVisits,parcelsDelivered,parcelsPickedUp,"
                + "unservedParcels,averageAgeHours,worstAgeHours\n");
        for (ScenarioMetrics m : report.scenarios()) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%.1f,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.4f,%.1f,%d,%d,%d,%d,%d,%.2f,%.2f%n",
                    m.kind(), m.solves(), m.distanceMetres() / 1000.0, m.vehicleDays(), m.driverSeconds() / 3600.0,
                    m.cost().fixedFen() / 100.0, m.cost().distanceFen() / 100.0, m.cost().timeFen() / 100.0,
                    m.cost().handlingFen() / 100.0, m.totalFen() / 100.0, m.costPerParcelFen() / 100, m.co2Grams() / 1000.0,
                    m.villagesServed(), m.villageVisits(), m.parcelsDelivered(), m.parcelsPickedUp(), m.unservedParcels(),
                    m.averageParcelAgeSeconds() / 3600.0, m.worstParcelAgeSeconds() / 3600.0));
        }
        return csv.toString();
    }

    /** @return one row per village of the joint network: its cost share, parity and break-even without subsidy */
    public static String costToServeCsv(ScenarioReport report) {
        StringBuilder csv = new StringBuilder("villageCode,villageName,townshipCode,depotCode,parcelsDelivered,parcelsPickedUp,"
                + "roadKmFromCentre,roadMinutesFromCentre,visitYuan,trunkYuan,handlingYuan,totalYuan,yuanPerParcel,"
                + "parityRatio,onPar,remote,breakEvenParcelsWithoutSubsidy,firstYearWithoutSubsidy\n");
        for (int i = 0; i < report.villages().size(); i++) {
            VillageCost v = report.villages().get(i);
            Parity.VillageParity parity = report.parity() == null ? null : report.parity().villages().get(i);
            SubsidyAnalysis.VillageRow subsidy = report.subsidy() == null ? null : report.subsidy().villages().get(i);
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%d,%.2f,%.1f,%.2f,%.2f,%.2f,%.2f,%.4f,%s,%s,%s,%s,%s%n",
                    v.code(), csvText(v.name()), v.townshipCode(), v.depotCode(), v.parcelsDelivered(), v.parcelsPickedUp(),
                    v.roadMetresFromCentre() / 1000.0, v.roadSecondsFromCentre() / 60.0, v.visitFen() / 100.0,
                    v.trunkFen() / 100.0, v.handlingFen() / 100.0, v.totalFen() / 100.0, v.costPerParcelFen() / 100,
                    parity == null ? "" : String.format(Locale.ROOT, "%.3f", parity.ratio()),
                    parity == null ? "" : parity.onPar(), parity == null ? "" : parity.remote(),
                    subsidy == null || subsidy.breakEvenWithoutSubsidy() == null ? ""
                            : String.format(Locale.ROOT, "%.1f", subsidy.breakEvenWithoutSubsidy()),
                    subsidy == null || subsidy.firstYearWithoutSubsidy() == null ? "" : subsidy.firstYearWithoutSubsidy()));
        }
        return csv.toString();
    }

    /** @return one row per year of the subsidy schedule */
    public static String subsidyCsv(ScenarioReport report) {
        StringBuilder csv = new StringBuilder("year,subsidyYuanPerParcel,subsidyYuanPerDay,netCostYuanPerParcel,viableVillages\n");
        if (report.subsidy() != null) {
            for (SubsidyAnalysis.YearRow y : report.subsidy().years()) {
                csv.append(String.format(Locale.ROOT, "%d,%.2f,%.2f,%.4f,%d%n", y.year(), y.subsidyFenPerParcel() / 100.0,
                        y.subsidyFen() / 100.0, y.netCostPerParcelFen() / 100, y.viableVillages()));
            }
        }
        return csv.toString();
    }

    private static String csvText(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * @param view the done analysis
     * @return a complete HTML page in Chinese, printable (A4 landscape); every text from data is escaped
     */
    public static String reportHtml(AnalysisView view) {
        ScenarioReport r = view.report();
        StringBuilder h = new StringBuilder(32_768);
        String title = r.countyName() + " " + r.date() + " 共同配送成本分析报告";
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"meta\">分析编号 ").append(view.id()).append(" · 县代码 ").append(esc(r.countyCode()));
        if (view.options().demandSeed() == null) {
            h.append(" · 需求：上传的 CSV · 每次求解限时 ").append(view.options().timeLimitSeconds())
                    .append(" 秒 · 命令：<code>POST /api/v1/counties/").append(esc(r.countyCode()))
                    .append("/analyses（multipart：date=").append(r.date()).append("，timeLimitSeconds=")
                    .append(view.options().timeLimitSeconds()).append("，down，up）</code></p>\n");
        } else {
            h.append(" · 需求种子 ").append(view.options().demandSeed()).append(" · 每次求解限时 ")
                    .append(view.options().timeLimitSeconds()).append(" 秒 · 命令：<code>POST /api/v1/counties/")
                    .append(esc(r.countyCode())).append("/analyses {\"date\":\"").append(r.date())
                    .append("\",\"timeLimitSeconds\":").append(view.options().timeLimitSeconds())
                    .append(",\"demandSeed\":").append(view.options().demandSeed()).append("}</code></p>\n");
        }
        scenarios(h, r);
        savingsChart(h, r);
        townships(h, r);
        villages(h, r);
        parity(h, r);
        subsidy(h, r);
        h.append("<h2>假设与方法</h2>\n<ul>\n");
        for (String line : List.of(
                "各品牌单独配送：每个品牌从县城自有仓库用自有车辆直送各村，不使用乡镇站；车队按其自身货量配置（与共配相同规则）；农产品上行由邮政承运。",
                "部分共配：邮政单独配送（含农产品上行），其余品牌共用网络。",
                "所有情景使用同一求解器和同一时间限制；结果为单次求解。",
                String.format(Locale.ROOT, "分拣处理费：县中心每件 %.2f 元，乡镇站转运每件 %.2f 元（假设）。",
                        r.parameters().centreHandlingFenPerParcel() / 100.0, r.parameters().hubHandlingFenPerParcel() / 100.0),
                String.format(Locale.ROOT, "二氧化碳：柴油 %.1f kg/升；4.2米厢式货车 11 升/百公里，冷藏车 14，面包车 9（假设）。",
                        r.parameters().kgCo2PerLitreDiesel()),
                "村级成本分摊：车辆固定成本按各站点件数分摊，里程与时间成本按站点边际绕行距离分摊，干线成本先分到乡镇站再按件数分到各村；分摊之和精确等于网络总成本（以分计，最大余数法）；不是 Shapley 值。",
                "省会参考成本：" + (r.parity() == null ? "—" : esc(r.parity().options().reference().source())),
                "补贴：盈亏平衡件数 = 村的线路与干线分摊 ÷（每件收入 + 补贴 − 每件处理费），村的线路成本按分析日固定。",
                view.options().demandSeed() == null ? "需求来自上传的 CSV 文件（分析日期的行）。" : "演示数据为合成数据。")) {
            h.append("<li>").append(line.startsWith("省会参考成本：") ? line : esc(line)).append("</li>\n");
        }
        h.append("</ul>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void scenarios(StringBuilder h, ScenarioReport r) {
        h.append("<h2>情景比较</h2>\n<table><thead><tr><th>情景</th><th>求解次数</th><th>里程 公里</th><th>车辆·日</th><th>司机工时</th>"
                + "<th>固定 元</th><th>里程 元</th><th>时间 元</th><th>分拣 元</th><th>总成本 元</th><th>每件 元</th><th>CO₂ 千克</th>"
                + "<th>服务村数</th><th>到村次数</th><th>平均时效 小时</th><th>最长时效 小时</th><th>未服务件数</th></tr></thead><tbody>\n");
        for (ScenarioMetrics m : r.scenarios()) {
            h.append(String.format(Locale.ROOT,
                    "<tr><td>%s</td><td>%d</td><td>%.0f</td><td>%d</td><td>%.1f</td><td>%.0f</td><td>%.0f</td><td>%.0f</td>"
                            + "<td>%.0f</td><td>%.0f</td><td>%.3f</td><td>%.0f</td><td>%d</td><td>%d</td><td>%.1f</td><td>%.1f</td><td>%d</td></tr>%n",
                    esc(m.kind().chineseName()), m.solves(), m.distanceMetres() / 1000.0, m.vehicleDays(), m.driverSeconds() / 3600.0,
                    m.cost().fixedFen() / 100.0, m.cost().distanceFen() / 100.0, m.cost().timeFen() / 100.0,
                    m.cost().handlingFen() / 100.0, m.totalFen() / 100.0, m.costPerParcelFen() / 100, m.co2Grams() / 1000.0,
                    m.villagesServed(), m.villageVisits(), m.averageParcelAgeSeconds() / 3600.0,
                    m.worstParcelAgeSeconds() / 3600.0, m.unservedParcels()));
        }
        h.append("</tbody></table>\n");
        if (!r.savings().isEmpty()) {
            h.append("<table><thead><tr><th>节约</th><th>成本 元</th><th>成本 %</th><th>里程 公里</th><th>里程 %</th><th>车辆·日</th>"
                    + "<th>CO₂ 千克</th></tr></thead><tbody>\n");
            for (Savings s : r.savings()) {
                h.append(String.format(Locale.ROOT, "<tr><td>%s 对比 %s</td><td>%.0f</td><td>%.1f</td><td>%.0f</td><td>%.1f</td>"
                        + "<td>%d</td><td>%.0f</td></tr>%n", esc(s.scenario().chineseName()), esc(s.against().chineseName()),
                        s.costFen() / 100.0, s.costPercent(), s.distanceMetres() / 1000.0, s.distancePercent(), s.vehicleDays(),
                        s.co2Grams() / 1000.0));
            }
            h.append("</tbody></table>\n");
        }
    }

    private static void savingsChart(StringBuilder h, ScenarioReport r) {
        long max = r.scenarios().stream().mapToLong(ScenarioMetrics::totalFen).max().orElse(1);
        int width = 520;
        h.append("<svg class=\"chart\" width=\"").append(width + 200).append("\" height=\"").append(30 * r.scenarios().size() + 10)
                .append("\" role=\"img\" aria-label=\"各情景总成本\">\n");
        for (int i = 0; i < r.scenarios().size(); i++) {
            ScenarioMetrics m = r.scenarios().get(i);
            long bar = max == 0 ? 0 : Math.round((double) m.totalFen() / max * width);
            h.append(String.format(Locale.ROOT,
                    "<text x=\"0\" y=\"%d\">%s</text><rect x=\"150\" y=\"%d\" width=\"%d\" height=\"20\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\">%.0f 元</text>%n",
                    i * 30 + 20, esc(m.kind().chineseName()), i * 30 + 5, bar,
                    m.kind() == ScenarioKind.JOINT ? "#2e7d32" : "#9e9e9e", 155 + bar, i * 30 + 20, m.totalFen() / 100.0));
        }
        h.append("</svg>\n");
    }

    private static void townships(StringBuilder h, ScenarioReport r) {
        h.append("<h2>各乡镇配送成本（共同配送）</h2>\n<table><thead><tr><th>乡镇</th><th>村数</th><th>件数</th><th>成本 元</th>"
                + "<th>每件 元</th></tr></thead><tbody>\n");
        for (TownshipCost t : r.townships()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%.0f</td><td>%.3f</td></tr>%n",
                    esc(t.name()), t.villages(), t.parcels(), t.totalFen() / 100.0, t.costPerParcelFen() / 100));
        }
        h.append("</tbody></table>\n");
    }

    private static void villages(StringBuilder h, ScenarioReport r) {
        h.append("<h2>每件成本最高的 20 个村</h2>\n<table><thead><tr><th>村</th><th>件数</th><th>距县中心 公里</th><th>线路 元</th>"
                + "<th>干线 元</th><th>分拣 元</th><th>每件 元</th></tr></thead><tbody>\n");
        r.villages().stream().sorted(Comparator.comparingDouble(VillageCost::costPerParcelFen).reversed()).limit(20)
                .forEach(v -> h.append(String.format(Locale.ROOT,
                        "<tr><td>%s</td><td>%d</td><td>%.1f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td></tr>%n",
                        esc(v.name()), v.parcels(), v.roadMetresFromCentre() / 1000.0, v.visitFen() / 100.0,
                        v.trunkFen() / 100.0, v.handlingFen() / 100.0, v.costPerParcelFen() / 100)));
        h.append("</tbody></table>\n");
    }

    private static void parity(StringBuilder h, ScenarioReport r) {
        Parity p = r.parity();
        if (p == null) {
            return;
        }
        long remote = p.villages().stream().filter(Parity.VillageParity::remote).count();
        long onPar = p.villages().stream().filter(Parity.VillageParity::onPar).count();
        h.append("<h2>与省会城市成本对比</h2>\n<table><tbody>\n");
        h.append(String.format(Locale.ROOT, "<tr><th>参考城市</th><td>%s（%s），每件 %.2f 元</td></tr>%n",
                esc(p.options().reference().capital()), esc(p.options().reference().province()),
                p.options().reference().referenceFenPerParcel() / 100.0));
        h.append(String.format(Locale.ROOT, "<tr><th>全县每件成本</th><td>%.3f 元（比值 %.2f）</td></tr>%n",
                p.countyCostPerParcelFen() / 100, p.countyRatio()));
        h.append(String.format(Locale.ROOT, "<tr><th>除边远地区外</th><td>%.3f 元（比值 %.2f），边远村 %d 个（县中心车程 ≥ %d 分钟或名单）</td></tr>%n",
                p.nonRemoteCostPerParcelFen() / 100, p.nonRemoteRatio(), remote, p.options().remoteRoadSeconds() / 60));
        h.append(String.format(Locale.ROOT, "<tr><th>结论（容差 %.0f%%）</th><td>%s；持平的村 %d / %d</td></tr>%n",
                p.options().tolerancePercent(), p.onPar() ? "与省会持平" : "高于省会", onPar, p.villages().size()));
        h.append("</tbody></table>\n");
    }

    private static void subsidy(StringBuilder h, ScenarioReport r) {
        SubsidyAnalysis s = r.subsidy();
        if (s == null) {
            return;
        }
        h.append("<h2>补贴退坡</h2>\n<table><thead><tr><th>年份</th><th>每件补贴 元</th><th>日补贴 元</th><th>净成本 元/件</th>"
                + "<th>可持续运营的村</th></tr></thead><tbody>\n");
        for (SubsidyAnalysis.YearRow y : s.years()) {
            h.append(String.format(Locale.ROOT, "<tr><td>%d</td><td>%.2f</td><td>%.0f</td><td>%.3f</td><td>%d / %d</td></tr>%n",
                    y.year(), y.subsidyFenPerParcel() / 100.0, y.subsidyFen() / 100.0, y.netCostPerParcelFen() / 100,
                    y.viableVillages(), s.villages().size()));
        }
        long never = s.villages().stream().filter(v -> v.firstYearWithoutSubsidy() == null).count();
        h.append("</tbody></table>\n<p>").append(SubsidyAnalysis.HORIZON_YEARS).append(" 年内无补贴仍无法盈亏平衡的村：")
                .append(never).append(" 个。</p>\n");
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:16px;color:#111}
            h1{font-size:20px}h2{font-size:16px;margin:18px 0 6px}.meta{color:#333}
            table{border-collapse:collapse;margin:6px 0;font-size:12px}th,td{border:1px solid #999;padding:2px 6px;text-align:right}
            th:first-child,td:first-child{text-align:left}.chart text{font-size:12px}
            @media print{@page{size:A4 landscape;margin:10mm}body{margin:0}}
            """;
}
