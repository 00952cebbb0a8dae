package org.gongpei.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.roads.RoadEstimate;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.daily.model.Assignment;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.Load;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.UnservedReason;
import org.junit.jupiter.api.Test;

/** The printable route sheets: totals first, a page per vehicle, every text escaped (rendered by the app's Qute). */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RouteSheetsTest {

    @Test
    void aPageAPerVehicleWithTheStopsParcelsAndSignatureColumn() {
        PlannedStop drop = new PlannedStop("H1", "杨桥镇共配站", PlannedStop.StopKind.HUB_DROP, 7 * 3600, 7 * 3600,
                7 * 3600 + 600, Map.of(), 0, List.of(), new Load(0, 0, 0, 0));
        PlannedStop village = new PlannedStop("V1", "杨桥村<script>", PlannedStop.StopKind.VILLAGE_DELIVERY,
                9 * 3600 + 5 * 60 + 10, 9 * 3600 + 5 * 60 + 10, 9 * 3600 + 10 * 60,
                Map.of("CHINA_POST", 4, "ZTO", 7, "JT", 1), 2,
                List.of(new FarmPickup("FRESH_VEGETABLES", 6, 30_000, 120_000, true, 8 * 3600, 4 * 3600)),
                new Load(10, 20, 0, 0));
        PlannedRoute trunk = new PlannedRoute("BOX_4_2-1", "BOX_4_2", "4.2米厢式货车", Echelon.TRUNK_DOWN, "C", "县中心",
                6 * 3600, 8 * 3600, 30_000, 25_000, List.of(drop));
        PlannedRoute lastMile = new PlannedRoute("VAN_HUB-H1-1", "VAN_HUB", "面包车（乡镇站）", Echelon.LAST_MILE, "H1",
                "杨桥镇共配站", 8 * 3600 + 1800, 11 * 3600, 12_345, 18_000, List.of(village));
        DailyPlan plan = new DailyPlan("C 2025-06-16", List.of(trunk, lastMile),
                List.of(new Assignment("V1", "H1", false)),
                List.of(new Unserved("V9", "远村", 3, 0, "no vehicle can reach it in time", List.of()),
                        Unserved.of("V8", "后村", 2, 0, List.of(UnservedReason.of("LATE_ARRIVAL", "the first vehicle …",
                                "杨桥镇共配站", "08:30", "17:40", "17:00").about("PARCELS", null, "parcels")))),
                new PlanTotals(42_345, 5 * 3600, 2, 43_000, 12, 6, 1, 1), List.of());
        PlanView view = new PlanView(7, "C", LocalDate.parse("2025-06-16"), JobStatus.DONE, false,
                DemandSource.GENERATED, 1L, HubChoice.DESIGNATED, 30, "DONE", 1, "0hard/-43000soft", 30.0, null, null,
                null, null, null, 0, List.of(), null, 0);

        String html = RouteSheets.html("大名县 & <b>", view, plan);

        assertThat(html).doesNotContain("估算");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>大名县 &amp; &lt;b&gt; 2025-06-16 配送路线单</title>")
                .doesNotContain("<script>").contains("杨桥村&lt;script&gt;")
                .contains("总成本</th><td>430.00 元").contains("每件成本</th><td>23.89 元")
                .contains("总里程</th><td>42.3 公里").contains("远村（no vehicle can reach it in time）")
                // a reason with a code is said in Chinese
                .contains("后村（包裹：首辆车 08:30 从杨桥镇共配站出发，17:40 才到服务站，晚于 17:00 的关门时间）")
                .contains("<th>中国邮政</th><th>中通</th><th>圆通</th><th>申通</th><th>韵达</th><th>极兔</th>")
                .contains("<th class=\"sign\">签收</th>")
                .contains("出发 08:30 · 返回 11:00")
                .contains("<td>09:05</td>")
                .contains("新鲜蔬菜 6 件（冷链）")
                .contains("page-break-before:always");
        assertThat(html.split("<section class=\"sheet\">", -1)).hasSize(3);
        // Last-mile totals row: 4 China Post, 7 ZTO, 0 YTO, 0 STO, 0 Yunda, 1 J&T, 2 chilled, 6 collected.
        assertThat(html).contains("<td class=\"n\">4</td><td class=\"n\">7</td><td class=\"n\">0</td><td class=\"n\">0</td>"
                + "<td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">2</td><td>6 件</td>");
    }

    @Test
    void aVansReloadBeforeItsNextTripIsARowOfItsOwn() {
        PlannedStop first = new PlannedStop("V1", "杨桥村", PlannedStop.StopKind.VILLAGE_DELIVERY, 9 * 3600, 9 * 3600,
                9 * 3600 + 600, Map.of("ZTO", 30), 0, List.of(), new Load(0, 0, 0, 0), 1, 8 * 3600 + 1800);
        PlannedStop second = new PlannedStop("V2", "李庄村", PlannedStop.StopKind.VILLAGE_DELIVERY, 10 * 3600 + 1800,
                10 * 3600 + 1800, 10 * 3600 + 2400, Map.of("ZTO", 25), 0, List.of(), new Load(0, 0, 0, 0), 2,
                10 * 3600 + 15 * 60);
        PlannedRoute route = new PlannedRoute("VAN_HUB-H1-1", "VAN_HUB", "面包车（乡镇站）", Echelon.LAST_MILE, "H1",
                "杨桥镇共配站", 8 * 3600 + 1800, 11 * 3600, 20_000, 18_000, List.of(first, second));
        DailyPlan plan = new DailyPlan("C 2025-06-16", List.of(route), List.of(new Assignment("V1", "H1", false),
                new Assignment("V2", "H1", false)), List.of(), new PlanTotals(20_000, 9_000, 1, 18_000, 55, 0, 2, 1),
                List.of());
        PlanView view = new PlanView(9, "C", LocalDate.parse("2025-06-16"), JobStatus.DONE, false,
                DemandSource.GENERATED, 1L, HubChoice.DESIGNATED, 30, "DONE", 1, "0hard/-18000soft", 30.0, null, null,
                null, null, null, 0, List.of(), null, 0);

        String html = RouteSheets.html("大名县", view, plan);

        assertThat(html).contains("返回 11:00 · 2 趟").contains("<th>趟次</th>")
                .contains("<tr class=\"reload\"><td colspan=\"14\">第 2 趟：回 杨桥镇共配站 装货，10:15 出发</td></tr>")
                .containsOnlyOnce("class=\"reload\"");
        assertThat(html.indexOf("杨桥村")).isLessThan(html.indexOf("第 2 趟")).isLessThan(html.indexOf("李庄村"));
    }

    @Test
    void markupInAVillagesNameIsPrintedAsText() {
        PlannedStop village = new PlannedStop("V1", "<img src=x onerror=alert(1)>", PlannedStop.StopKind.VILLAGE_PICKUP,
                9 * 3600, 9 * 3600, 9 * 3600 + 300, Map.of(), 0, List.of(), new Load(0, 0, 0, 0));
        PlannedRoute route = new PlannedRoute("VAN_HUB-H1-1", "VAN_HUB", "面包车（乡镇站）", Echelon.LAST_MILE, "H1",
                "杨桥镇共配站\"'", 8 * 3600, 10 * 3600, 5_000, 6_000, List.of(village));
        DailyPlan plan = new DailyPlan("C 2025-06-16", List.of(route), List.of(new Assignment("V1", "H1", false)),
                List.of(new Unserved("V2", "<b>远村</b>", 1, 0, "<i>late</i>", List.of())),
                new PlanTotals(6_000, 2 * 3600, 1, 5_000, 0, 0, 1, 1), List.of("<script>x</script>"));
        PlanView view = new PlanView(8, "C<1>", LocalDate.parse("2025-06-16"), JobStatus.DONE, true,
                DemandSource.GENERATED, 1L, HubChoice.DESIGNATED, 30, "DONE", 1, "0hard/-6000soft", 30.0, null, null,
                null, null, null, 0, List.of(), null, 0);

        String html = RouteSheets.html("大名县", view, plan);

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img")
                .contains("杨桥镇共配站&quot;&#39;").contains("&lt;b&gt;远村&lt;/b&gt;（&lt;i&gt;late&lt;/i&gt;）")
                .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script").doesNotContain("<b>")
                .contains("县 C&lt;1&gt; · 提前停止求解").contains("<td>揽收</td>");
    }

    @Test
    void aPlanWithoutARoadNetworkSaysOnEveryPageThatItIsAnEstimateAndOnWhatAssumptions() {
        PlannedStop village = new PlannedStop("V1", "杨桥村", PlannedStop.StopKind.VILLAGE_DELIVERY,
                9 * 3600, 9 * 3600, 9 * 3600 + 300, Map.of("ZTO", 3), 0, List.of(), new Load(3, 0, 0, 0));
        PlannedRoute first = new PlannedRoute("VAN_HUB-H1-1", "VAN_HUB", "面包车（乡镇站）", Echelon.LAST_MILE, "H1",
                "杨桥镇共配站", 8 * 3600, 10 * 3600, 5_000, 6_000, List.of(village));
        PlannedRoute second = new PlannedRoute("VAN_HUB-H1-2", "VAN_HUB", "面包车（乡镇站）", Echelon.LAST_MILE, "H1",
                "杨桥镇共配站", 8 * 3600, 10 * 3600, 5_000, 6_000, List.of(village));
        DailyPlan plan = new DailyPlan("C 2025-06-16", List.of(first, second),
                List.of(new Assignment("V1", "H1", false)), List.of(),
                new PlanTotals(12_000, 4 * 3600, 2, 10_000, 6, 0, 1, 1), List.of());
        RoadVersion estimate = RoadVersion.estimateOf(new RoadEstimate(1.3,
                new LinkedHashMap<>(Map.of("VAN", 35.0))));
        PlanView view = new PlanView(9, "C", LocalDate.parse("2025-06-16"), JobStatus.DONE, false,
                DemandSource.GENERATED, 1L, HubChoice.DESIGNATED, 30, "DONE", 1, "0hard/-12000soft", 30.0, null, null,
                null, null, null, 0, List.of(), estimate, 0);

        String html = RouteSheets.html("大名县", view, plan);

        // One label on the summary and one on each vehicle's page, as each page is printed on its own.
        assertThat(html.split("<p class=\"estimate\">", -1)).hasSize(1 + 1 + 2);
        assertThat(html).contains("估算结果：本县没有路网，里程按直线距离 × 1.30 估算，时间按假设车速（面包车 35 公里/小时）估算");
    }

    @Test
    void clockTimesRoundToTheMinuteAndMarkTheNextDay() {
        assertThat(RouteSheets.clock(0)).isEqualTo("00:00");
        assertThat(RouteSheets.clock(9 * 3600 + 5 * 60 + 29)).isEqualTo("09:05");
        assertThat(RouteSheets.clock(9 * 3600 + 5 * 60 + 30)).isEqualTo("09:06");
        assertThat(RouteSheets.clock(25 * 3600)).isEqualTo("01:00 (+1)");
    }
}
