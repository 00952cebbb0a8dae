package org.gongpei.service.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.CreatedUser;
import org.gongpei.service.account.PasswordChange;
import org.gongpei.service.account.Roles;
import org.gongpei.service.account.UserRequest;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's charts in real headless Chromium, each in Chinese and in English at 1400×1000 and 1024×768: shown with
 * a size, every word of its SVG inside its box (no label cut off), in English no Chinese character but in the data's
 * names, and the figures drawn those of the JSON the panel shows. A picture of each is written to target/screenshots/.
 */
@QuarkusTest
class ChartsBrowserTest {

    private static final String USER = "charts.admin";
    private static final String PASSWORD = "charts-password-1";
    private static final Map<String, String> PANELS = Map.of("bureau", "bureau-panel", "calendar", "calendar-panel",
            "evaluation", "evaluation-panel");
    private static WebDriver browser;
    private static String adminToken;

    @TestHTTPResource("/")
    URL page;

    @Inject
    Accounts accounts;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        RestAssured.requestSpecification = null;
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void createUser() {
        if (adminToken == null) {
            if (accounts.find(USER).isEmpty()) {
                CreatedUser created = accounts.create(new UserRequest(USER, Roles.ADMIN, true, null, List.of(), true));
                accounts.changePassword(USER, new PasswordChange(created.oneTimePassword(), PASSWORD));
            }
            adminToken = accounts.issueToken(USER, "charts test").token();
        }
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + adminToken).build();
    }

    /**
     * The bureau's charts: each scenario's cost in its parts, joint distribution's savings with their range over two
     * seeds, and the subsidy's phase-out.
     */
    @Test
    void theBureausCostAndSavingsCharts() {
        PlanTestCounty.importFresh();
        String started = given().contentType(ContentType.JSON).body("""
                {"date":"2025-06-16","timeLimitSeconds":1,"solverSeeds":2,"tolerancePercent":10,
                 "subsidyYuanPerParcel":{"2025":0.3,"2026":0.2,"2027":0.1},
                 "currentPractice":{"brands":[{"brand":"中通","vehicles":6,"tripsPerDay":1,"kmPerDay":420}],"source":"问卷"}}""")
                .when().post("/api/v1/counties/" + PlanTestCounty.CODE + "/analyses")
                .then().statusCode(202).extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(started, Duration.ofMinutes(3));
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        open("?county=" + PlanTestCounty.CODE + "&tab=bureau", "bureau");

        charts().everywhere("bureau", List.of("bureau-cost-chart", "bureau-savings-chart", "bureau-subsidy-chart"),
                Set.of());

        List<String> kinds = done.getList("report.scenarios.kind", String.class);
        JsonPath costs = charts().series("bureau-cost-chart");
        List<String> parts = List.of("fixedFen", "distanceFen", "timeFen", "handlingFen");
        for (int part = 0; part < parts.size(); part++) {
            for (int i = 0; i < kinds.size(); i++) {
                assertThat(costs.getDouble("[" + part + "].data[" + i + "]")).as(kinds.get(i) + " " + parts.get(part))
                        .isCloseTo(done.getLong("report.scenarios[" + i + "].cost." + parts.get(part)) / 100.0, within(0.005));
            }
        }
        List<Map<String, Object>> joint = done.<Map<String, Object>>getList("report.savings").stream()
                .filter(s -> s.get("scenario").equals("JOINT")).toList();
        assertThat(joint).extracting(s -> s.get("against")).contains("SEPARATE", "CURRENT");
        JsonPath savings = charts().series("bureau-savings-chart");
        for (int i = 0; i < joint.size(); i++) {
            Map<String, Object> s = joint.get(i);
            if ((Boolean) s.get("comparable")) {
                assertThat(savings.getDouble("[0].data[" + i + "].value")).as("saving against " + s.get("against"))
                        .isCloseTo(((Number) s.get("costFen")).longValue() / 100.0, within(0.005));
            } else {
                assertThat(savings.getString("[0].data[" + i + "]")).as("no bar against " + s.get("against")).isEqualTo("-");
            }
        }
        List<Map<String, Object>> spreads = done.<Map<String, Object>>getList("report.seeds.savings").stream()
                .filter(s -> s.get("scenario").equals("JOINT") && (Boolean) s.get("comparable")).toList();
        List<List<Double>> ranges = spreads.stream().map(s -> List.of(((Number) s.get("minFen")).longValue() / 100.0,
                ((Number) s.get("maxFen")).longValue() / 100.0, (double) joint.stream().map(j -> j.get("against"))
                        .toList().indexOf(s.get("against")))).toList();
        List<List<Double>> drawn = spreads.isEmpty() ? List.of() : savings.getList("[1].data").stream()
                .map(r -> ((List<?>) r).stream().map(v -> Math.round(((Number) v).doubleValue() * 100) / 100.0).toList())
                .toList();
        assertThat(drawn).as("ranges over the seeds, in yuan").containsExactlyElementsOf(ranges);
        assertThat(browser.findElement(By.cssSelector("#bureau-links a[href*='export.xlsx']")).getDomAttribute("href"))
                .isEqualTo(started.substring(started.indexOf("/api/")) + "/export.xlsx?lang=zh");
    }

    /** The calendar's weekly cost by delivery-time target, compared from the page. */
    @Test
    void theTargetCostCurve() {
        PlanTestCounty.importFresh();
        open("?county=" + PlanTestCounty.CODE + "&tab=calendar", "calendar");
        browser.findElement(By.id("calendar-limit")).clear();
        browser.findElement(By.id("calendar-limit")).sendKeys("1");
        for (String day : List.of("TUE", "WED", "THU", "FRI", "SAT", "SUN")) { // Mondays only: a short run
            browser.findElement(By.id("calendar-day-" + day)).click();
        }
        browser.findElement(By.id("target-cost-start")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(b -> b.findElement(By.id("target-cost")).isDisplayed());

        charts().everywhere("calendar", List.of("target-cost-chart"), Set.of());

        String url = (String) js().executeScript("return performance.getEntriesByType('resource').map((e) => e.name)"
                + ".find((name) => /\\/api\\/v1\\/target-costs\\/\\d+/.test(name))");
        long id = Long.parseLong(url.replaceAll(".*/target-costs/(\\d+).*", "$1"));
        List<Map<String, Object>> rows = new ArrayList<>(given().when().get("/api/v1/target-costs/" + id)
                .jsonPath().getList("result"));
        rows.sort(Comparator.comparingLong(r -> ((Number) r.get("targetHours")).longValue()));
        List<Double> drawn = charts().series("target-cost-chart").getList("[0].data", Double.class);
        assertThat(drawn).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(drawn.get(i)).as("weekly cost of " + rows.get(i).get("plan"))
                    .isCloseTo(((Number) rows.get(i).get("weeklyCostYuan")).doubleValue(), within(0.005));
        }
        assertThat(browser.findElement(By.id("target-cost-xlsx")).getDomAttribute("href"))
                .isEqualTo("/api/v1/target-costs/" + id + "/export.xlsx?lang=zh");
    }

    /**
     * The evaluation's compliance per township, from records in which village i of every tenth of the demo has
     * 1 + i % 3 parcels, each at its station 80 h after the centre when i % 4 = 0 (over the 72 h target), else
     * 2 + i % 7 h after.
     */
    @Test
    void theComplianceByTownship() throws Exception {
        CountyNetworkData daming = DemoCounties.daming();
        List<VillageData> villages = new ArrayList<>();
        for (int i = 0; i < daming.villages().size(); i += 10) {
            villages.add(daming.villages().get(i));
        }
        Set<String> townships = villages.stream().map(VillageData::townshipCode).collect(Collectors.toSet());
        CountyNetworkData county = new CountyNetworkData("CHT01", "图表测试县", daming.province(), daming.provincialCapital(),
                "Daming demo sites, every tenth village", daming.centre(),
                daming.townships().stream().filter(t -> townships.contains(t.code())).toList(), List.of(), villages,
                daming.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        StringBuilder csv = new StringBuilder("运单号,快递公司,村编码,县中心入库时间,县中心出库时间,村站到件时间,签收时间,车辆\n");
        LocalDateTime received = LocalDateTime.parse("2025-06-16T06:00");
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        Map<String, long[]> expected = new LinkedHashMap<>(); // township → villages, within, parcels, within
        for (int i = 0; i < villages.size(); i++) {
            boolean late = i % 4 == 0;
            int parcels = 1 + i % 3;
            for (int parcel = 0; parcel < parcels; parcel++) {
                csv.append("C").append(i).append('-').append(parcel).append(",顺丰,").append(villages.get(i).code())
                        .append(',').append(received.format(format)).append(',').append(received.plusHours(1).format(format))
                        .append(',').append(received.plusHours(late ? 80 : 2 + i % 7).format(format)).append(",,冀D1\n");
            }
            long[] figures = expected.computeIfAbsent(villages.get(i).townshipCode(), code -> new long[4]);
            figures[0]++;
            figures[1] += late ? 0 : 1;
            figures[2] += parcels;
            figures[3] += late ? 0 : parcels;
        }
        Path records = Files.createTempFile("gongpei-chart-records", ".csv");
        Files.writeString(records, csv);
        open("?county=CHT01&tab=evaluation", "evaluation");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.findElement(By.id("records-file")).sendKeys(records.toString());
        browser.findElement(By.cssSelector("#records-form button[type=submit]")).click();
        wait.until(b -> b.findElement(By.id("records-status")).getDomAttribute("data-batch") != null);
        Files.delete(records);
        browser.findElement(By.cssSelector("#eval-form button[type=submit]")).click();
        wait.until(b -> b.findElement(By.id("eval-result")).isDisplayed());
        assertThat(browser.findElement(By.id("eval-indicators-xlsx")).getDomAttribute("href"))
                .startsWith("/api/v1/counties/CHT01/indicators/export.xlsx?").contains("lang=zh");

        Set<String> names = county.townships().stream().map(t -> t.name()).collect(Collectors.toSet());
        charts().everywhere("evaluation", List.of("eval-township-chart"), names);

        List<String> shown = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23")
                .queryParam("targetHours", 72).when().get("/api/v1/counties/CHT01/records/compliance")
                .jsonPath().getList("townships.key", String.class);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected.keySet());
        JsonPath drawn = charts().series("eval-township-chart");
        for (int i = 0; i < shown.size(); i++) {
            long[] f = expected.get(shown.get(i));
            assertThat(drawn.getDouble("[0].data[" + i + "]")).as("villages of " + shown.get(i))
                    .isCloseTo(100.0 * f[1] / f[0], within(1e-3));
            assertThat(drawn.getDouble("[1].data[" + i + "]")).as("parcels of " + shown.get(i))
                    .isCloseTo(100.0 * f[3] / f[2], within(1e-3));
        }
    }

    private PageCharts charts() {
        return new PageCharts(browser);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    /** Opens the page at the query logged in, in Chinese, and waits for the tab's panel. */
    private void open(String query, String tab) {
        browser.get(page.toString());
        browser.manage().deleteAllCookies();
        js().executeScript("localStorage.setItem('gongpei.lang', 'zh')");
        browser.get(page + query);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.id("login-form")).isDisplayed());
        browser.findElement(By.id("login-user")).sendKeys(USER);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(b -> !b.findElement(By.id("account-overlay")).isDisplayed()
                && b.findElement(By.id(PANELS.get(tab))).isDisplayed());
    }
}
