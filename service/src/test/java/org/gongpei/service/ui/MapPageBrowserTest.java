package org.gongpei.service.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.CreatedUser;
import org.gongpei.service.account.PasswordChange;
import org.gongpei.service.account.Roles;
import org.gongpei.service.account.UserRequest;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.geo.LatLon;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.plan.PlanChangeRequests;
import org.gongpei.service.design.HubPlanTestCounty;
import org.gongpei.service.design.StationPlanTestCounty;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the map page in real headless Chromium: an imported county is listed, and its villages,
 * hubs and centre are drawn on the map without any internet access.
 */
@QuarkusTest
class MapPageBrowserTest {

    private static WebDriver browser;

    private static final String PASSWORD = "browser-password-1";
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

    /** Users of every role over every county, and an admin token for the test's own API calls. */
    @BeforeEach
    void createUsers() {
        if (adminToken == null) {
            for (String role : Roles.ALL) {
                String name = "ui." + role;
                CreatedUser created = accounts.create(new UserRequest(name, role, true, null, List.of(), true));
                accounts.changePassword(name, new PasswordChange(created.oneTimePassword(), PASSWORD));
            }
            adminToken = accounts.issueToken("ui.admin", "browser test").token();
        }
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + adminToken).build();
    }

    /** Opens a page logged in as the user, in Chinese (the page's default): the page shows its login form first. */
    private void open(String url, String username) {
        browser.get(page.toString());
        browser.manage().deleteAllCookies();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.get(url);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.id("login-form")).isDisplayed());
        browser.findElement(By.id("login-user")).sendKeys(username);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(b -> !b.findElement(By.id("account-overlay")).isDisplayed()
                && b.findElement(By.id("user-name")).getText().equals(username));
    }

    /** The tabs of the page, each with the panel it shows. */
    private static final Map<String, String> PANELS = new java.util.LinkedHashMap<>();

    static {
        PANELS.put("network", "details");
        PANELS.put("plan", "plan-panel");
        PANELS.put("bureau", "bureau-panel");
        PANELS.put("calendar", "calendar-panel");
        PANELS.put("evaluation", "evaluation-panel");
        PANELS.put("fleet", "fleet-panel");
        PANELS.put("design", "design-panel");
        PANELS.put("province", "province-panel");
        PANELS.put("roads", "roads-panel");
        PANELS.put("users", "users-panel");
    }

    /** Clicks the tab and waits until its panel, and no other, is shown. */
    private void showTab(String tab) {
        browser.findElement(By.id("tab-" + tab)).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> PANELS.entrySet().stream()
                .allMatch(e -> b.findElement(By.id(e.getValue())).isDisplayed() == e.getKey().equals(tab)));
    }

    /** Waits until the page shows the county and the tab's panel (opened by ?tab=… in its address). */
    private void awaitTab(String county, String tab, Duration timeout) {
        new WebDriverWait(browser, timeout).until(b -> county.equals(b.findElement(By.id("map")).getDomAttribute("data-county"))
                && b.findElement(By.id(PANELS.get(tab))).isDisplayed());
    }

    /** The labels of the page in another language than English: the CJK characters of the visible labels. */
    private static final String CHINESE_LABELS = """
            const cjk = /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/;
            const labels = 'header [data-i18n], header button, #tabs [data-i18n], #tabs label, aside [data-i18n], '
                + 'aside h2, aside h3, aside label, aside button, aside th, aside dt, aside legend, aside summary, aside .note';
            return [...document.querySelectorAll(labels)]
              // data, not labels: the county list and name, and the data note the county was imported with
              // and the language button, which names the other language
              .filter((e) => !e.closest('#counties, #county-name, #data-note, #lang') && e.getClientRects().length > 0)
              .map((e) => [e, [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)
                  .map((n) => n.textContent).join(' ').trim()])
              .filter(([, text]) => cjk.test(text))
              .map(([e, text]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`
                  + `${e.dataset.i18n ? '[' + e.dataset.i18n + ']' : ''}: ${text}`);
            """;

    /**
     * The labels of the Chinese page with English words in them: words of four letters or more, except names that
     * stay as they are in Chinese (file formats, OpenStreetMap, the API).
     */
    private static final String ENGLISH_LABELS = """
            const kept = new Set(['Excel', 'OpenStreetMap', 'GeoJSON', 'JSON', 'xlsx', 'gongpei']);
            const labels = 'header [data-i18n], header button, #tabs [data-i18n], #tabs label, aside [data-i18n], '
                + 'aside h2, aside h3, aside h4, aside label, aside button, aside th, aside dt, aside legend, aside summary, '
                + 'aside .note, aside option';
            return [...document.querySelectorAll(labels)]
              .filter((e) => !e.closest('#counties, #county-name, #data-note, #lang') && e.getClientRects().length > 0)
              .map((e) => [e, [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)
                  .map((n) => n.textContent).join(' ').trim()])
              .filter(([, text]) => (text.match(/[A-Za-z]{4,}/g) || []).some((word) => !kept.has(word)))
              .map(([e, text]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`
                  + `${e.dataset.i18n ? '[' + e.dataset.i18n + ']' : ''}: ${text}`);
            """;

    /** How far the page and its working area reach beyond their width, in CSS pixels (0: they fit). */
    private static final String OVERFLOW = """
            const work = document.getElementById('work');
            return [document.documentElement.scrollWidth - window.innerWidth, work.scrollWidth - work.clientWidth];
            """;

    /** The county of {@link #tableCounty()}: its delivery records file, and its slowest village. */
    private record TableCounty(Path records, VillageData slowest) {
    }

    /**
     * A county of the demo's first 120 villages with delivery records, so the evaluation's table of villages has
     * three pages: village i has 1 + i % 3 parcels, each at its station 2 + i % 7 hours after it reached the
     * centre, except the last village's, 30 hours after: the slowest.
     */

    private static TableCounty tableCounty() throws Exception {
        CountyNetworkData daming = DemoCounties.daming();
        List<VillageData> villages = daming.villages().subList(0, 120);
        Set<String> townships = villages.stream().map(VillageData::townshipCode).collect(java.util.stream.Collectors.toSet());
        CountyNetworkData county = new CountyNetworkData("TBL01", "表格测试县", daming.province(),
                daming.provincialCapital(), "Daming demo sites, 120 villages", daming.centre(),
                daming.townships().stream().filter(t -> townships.contains(t.code())).toList(), List.of(), villages,
                daming.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        StringBuilder csv = new StringBuilder("运单号,快递公司,村编码,县中心入库时间,县中心出库时间,村站到件时间,签收时间,车辆\n");
        java.time.LocalDateTime received = java.time.LocalDateTime.parse("2025-06-16T06:00");
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (int i = 0; i < villages.size(); i++) {
            int hours = i == villages.size() - 1 ? 30 : 2 + i % 7;
            for (int parcel = 0; parcel <= i % 3; parcel++) {
                csv.append("T").append(i).append('-').append(parcel).append(",顺丰,").append(villages.get(i).code())
                        .append(',').append(received.format(format)).append(',').append(received.plusHours(1).format(format))
                        .append(',').append(received.plusHours(hours).format(format)).append(",,冀D1\n");
            }
        }
        Path records = Files.createTempFile("gongpei-table-records", ".csv");
        Files.writeString(records, csv);
        return new TableCounty(records, villages.get(villages.size() - 1));
    }

    private List<Double> column(String table, String column) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) ((JavascriptExecutor) browser).executeScript("""
                const table = document.querySelector(arguments[0]);
                const index = [...table.querySelectorAll('thead th')].findIndex((th) => th.dataset.column === arguments[1]);
                return [...table.querySelectorAll('tbody tr')].map((tr) => Number(tr.cells[index].textContent));
                """, table, column);
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    /**
     * A table of the page sorts by a column (numbers as numbers, over all its pages), filters and pages: the
     * evaluation's villages, 120 of them.
     */
    @Test
    void aTableSortsFiltersAndPages() throws Exception {
        TableCounty county = tableCounty();
        Path records = county.records();
        VillageData slowest = county.slowest();
        open(page + "?county=TBL01&tab=evaluation", "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        awaitTab("TBL01", "evaluation", Duration.ofSeconds(30));
        browser.findElement(By.id("records-file")).sendKeys(records.toString());
        browser.findElement(By.cssSelector("#records-form button[type=submit]")).click();
        wait.until(b -> "1".equals(b.findElement(By.id("records-status")).getDomAttribute("data-batch")));
        browser.findElement(By.cssSelector("#eval-form button[type=submit]")).click();
        wait.until(b -> b.findElement(By.id("eval-result")).isDisplayed());
        Files.delete(records);

        By rows = By.cssSelector("#eval-villages tbody tr[data-village]");
        By pageOf = By.cssSelector("#eval-villages .table-page");
        assertThat(browser.findElements(rows)).hasSize(50);
        assertThat(browser.findElement(pageOf).getDomAttribute("data-pages")).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("#eval-villages tfoot td.n")).getText())
                .isEqualTo(String.valueOf(40 * (1 + 2 + 3))); // 120 villages of 1, 2 and 3 parcels

        browser.findElement(By.cssSelector("#eval-villages th[data-column=median]")).click();
        List<Double> ascending = column("#eval-villages", "median");
        assertThat(ascending).hasSize(50).isSorted();
        assertThat(ascending.get(0)).isLessThan(3.0); // 2 h, to a quarter of an hour (DeliveryTimes' buckets)
        browser.findElement(By.cssSelector("#eval-villages th[data-column=median]")).click();
        assertThat(browser.findElement(By.cssSelector("#eval-villages th[data-column=median]"))
                .getDomAttribute("aria-sort")).isEqualTo("descending");
        List<Double> descending = column("#eval-villages", "median");
        assertThat(descending.get(0)).isGreaterThan(29.0); // 30 h, to an hour: sorted over every page
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(browser.findElement(rows).getDomAttribute("data-village")).isEqualTo(slowest.code());

        browser.findElement(By.cssSelector("#eval-villages .table-next")).click();
        browser.findElement(By.cssSelector("#eval-villages .table-next")).click();
        assertThat(browser.findElement(pageOf).getDomAttribute("data-page")).isEqualTo("3");
        assertThat(browser.findElements(rows)).hasSize(20);
        assertThat(browser.findElement(By.cssSelector("#eval-villages .table-next")).isEnabled()).isFalse();
        assertThat(column("#eval-villages", "median")).allMatch(h -> h <= descending.get(descending.size() - 1));

        browser.findElement(By.cssSelector("#eval-villages .table-filter")).sendKeys(slowest.name());
        wait.until(b -> b.findElement(pageOf).getDomAttribute("data-page").equals("1")
                && b.findElements(rows).size() < 50);
        assertThat(browser.findElements(rows)).isNotEmpty()
                .allMatch(row -> row.getText().contains(slowest.name()));
        assertThat(browser.findElement(rows).getDomAttribute("data-village")).isEqualTo(slowest.code());
        browser.findElement(rows).click(); // a click on a village centres the map on it
        assertThat(browser.findElement(rows).getDomAttribute("class")).contains("chosen");
    }

    /**
     * Every tab in both languages at 1400×1000 and 1024×768: its panel shows in the working area, neither the page
     * nor the working area is wider than the window, and in English no heading, label, button, table or list
     * heading of the page's own words holds a Chinese character (data values such as village names sit in their
     * own cells and are left out). A screenshot of each is written to target/screenshots/.
     */
    @Test
    void everyTabFitsTheWindowInBothLanguages() throws Exception {
        open(page + "?county=130425", "ui.admin");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        awaitTab("130425", "network", Duration.ofSeconds(30));
        wait.until(b -> PANELS.keySet().stream().allMatch(tab -> b.findElement(By.id("tab-" + tab)).isDisplayed()));
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        List<String> otherLanguage = new java.util.ArrayList<>();
        List<String> overflows = new java.util.ArrayList<>();
        try {
            for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1400, 1000),
                    new org.openqa.selenium.Dimension(1024, 768))) {
                // the window's size less its frame is the page's: make the page's the size named
                browser.manage().window().setSize(size);
                @SuppressWarnings("unchecked")
                List<Long> frame = (List<Long>) js.executeScript(
                        "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(
                        size.getWidth() + frame.get(0).intValue(), size.getHeight() + frame.get(1).intValue()));
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> List.of((long) size.getWidth(),
                        (long) size.getHeight()).equals(js.executeScript("return [window.innerWidth, window.innerHeight]")));
                for (String lang : List.of("zh", "en")) {
                    if (!lang.equals(js.executeScript("return document.documentElement.lang.slice(0, 2)"))) {
                        browser.findElement(By.id("lang")).click();
                        wait.until(b -> lang.equals(js.executeScript("return document.documentElement.lang.slice(0, 2)")));
                    }
                    for (String tab : PANELS.keySet()) {
                        showTab(tab);
                        String where = tab + " " + size.getWidth() + "×" + size.getHeight() + " " + lang;
                        @SuppressWarnings("unchecked")
                        List<Long> overflow = (List<Long>) js.executeScript(OVERFLOW);
                        if (overflow.get(0) > 0 || overflow.get(1) > 0) {
                            overflows.add(where + ": page " + overflow.get(0) + " px, working area " + overflow.get(1) + " px");
                        }
                        assertThat(((Number) js.executeScript("return document.getElementById(arguments[0])"
                                + ".getBoundingClientRect().width", PANELS.get(tab))).doubleValue())
                                .as("width of the panel of " + where).isGreaterThan(300);
                        @SuppressWarnings("unchecked")
                        List<String> found = (List<String>) js.executeScript(lang.equals("en") ? CHINESE_LABELS : ENGLISH_LABELS);
                        found.forEach(label -> otherLanguage.add(where + ": " + label));
                        Files.write(screenshots.resolve("tab-" + tab + "-" + size.getWidth() + "x" + size.getHeight()
                                + "-" + lang + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                    }
                }
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            if (!"zh".equals(js.executeScript("return document.documentElement.lang.slice(0, 2)"))) {
                browser.findElement(By.id("lang")).click(); // back to Chinese, which the other tests start from
                wait.until(b -> "zh".equals(js.executeScript("return document.documentElement.lang.slice(0, 2)")));
            }
        }
        assertThat(overflows).as("wider than the window").isEmpty();
        assertThat(otherLanguage).as("labels in the other language: Chinese on the English page, English on the Chinese")
                .isEmpty();
        assertThat(js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.fonts.load('16px GongpeiCJK', '县乡村').then((faces) => done(faces.length), () => done(-1));"))
                .as("faces of the page's own Chinese font loaded").isEqualTo(1L);
    }

    /** Each role sees the county network's tab and the tabs of its tasks, and each of these shows its panel alone. */
    @Test
    void eachRoleSeesOnlyItsPanels() {
        Map<String, Set<String>> tabs = Map.of(
                Roles.ADMIN, Set.of("network", "plan", "bureau", "calendar", "evaluation", "roads", "fleet", "design",
                        "province", "users"),
                Roles.CONTRACTOR, Set.of("network", "plan", "fleet"),
                Roles.BUREAU, Set.of("network", "bureau", "calendar", "fleet", "design", "province"),
                Roles.EVALUATOR, Set.of("network", "evaluation", "fleet", "province"));
        for (String role : Roles.ALL) {
            open(page + "?county=130425", "ui." + role);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(b -> "130425".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));
            wait.until(b -> tabs.get(role).stream().allMatch(tab -> b.findElement(By.id("tab-" + tab)).isDisplayed()));
            Set<String> shown = new java.util.TreeSet<>();
            for (String tab : PANELS.keySet()) {
                if (browser.findElement(By.id("tab-" + tab)).isDisplayed()) {
                    shown.add(tab);
                }
            }
            assertThat(shown).as(role).isEqualTo(new java.util.TreeSet<>(tabs.get(role)));
            for (String tab : shown) {
                showTab(tab); // its panel shows, and no other
            }
            // a link to a tab the role may not use opens the county network
            if (!shown.contains("roads")) {
                open(page + "?county=130425&tab=roads", "ui." + role);
                awaitTab("130425", "network", Duration.ofSeconds(30));
                assertThat(browser.findElement(By.id("roads-panel")).isDisplayed()).as(role).isFalse();
            }
        }
    }

    @Test
    void aOneTimePasswordIsReplacedOnTheFirstLogin() {
        String oneTime = accounts.create(new UserRequest("ui.newcomer", Roles.CONTRACTOR, null, null,
                List.of("130425"), true)).oneTimePassword();
        browser.get(page.toString());
        browser.manage().deleteAllCookies();
        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.id("login-form")).isDisplayed());
        browser.findElement(By.id("login-user")).sendKeys("ui.newcomer");
        browser.findElement(By.id("login-password")).sendKeys("wrong-password");
        browser.findElement(By.id("login-submit")).click();
        wait.until(b -> b.findElement(By.id("login-error")).isDisplayed());
        browser.findElement(By.id("login-password")).clear();
        browser.findElement(By.id("login-password")).sendKeys(oneTime);
        browser.findElement(By.id("login-submit")).click();
        wait.until(b -> b.findElement(By.id("password-form")).isDisplayed());
        browser.findElement(By.id("password-current")).sendKeys(oneTime);
        browser.findElement(By.id("password-new")).sendKeys("my-own-password-1");
        browser.findElement(By.id("password-submit")).click();
        wait.until(b -> !b.findElement(By.id("account-overlay")).isDisplayed()
                && "130425".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));
        assertThat(browser.findElement(By.id("tab-plan")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("tab-bureau")).isDisplayed()).isFalse();
        showTab("plan");
        assertThat(browser.findElement(By.id("plan-panel")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("bureau-panel")).isDisplayed()).isFalse();
    }

    @Test
    void demoCountyIsDrawnWhenThePageOpens() {
        open(page.toString(), "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> "130425".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));

        assertThat(browser.findElements(By.cssSelector("#map path.village"))).hasSize(668);
        assertThat(browser.findElements(By.cssSelector("#map path.hub"))).hasSize(20);
        assertThat(browser.findElements(By.cssSelector("#map path.hub.designated"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#map path.boundary"))).hasSize(1);
        assertThat(browser.findElement(By.id("data-note")).getText()).contains("SYNTHETIC");
    }

    @Test
    void importedCountysVillagesAppearOnTheMap() {
        CountyNetworkData county = new CountyNetworkData("U001", "浏览器测试县", "河北省", "石家庄市",
                "synthetic coordinates", new CentreData("测试中心", 36.285, 115.148),
                List.of(new TownshipData("130425100", "大名镇", 36.285, 115.148)), List.of(),
                List.of(new VillageData("130425100001", "北关", "130425100", 36.29, 115.15, 900, false, true),
                        new VillageData("130425100002", "一铺", "130425100", 36.28, 115.16, 300, true, false),
                        new VillageData("130425100003", "三铺", "130425100", 36.27, 115.14, 600, true, true)),
                List.of());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);

        open(page + "?county=U001", "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> "U001".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));

        assertThat(browser.findElements(By.cssSelector("#map path.village"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#map path.village.station"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#map path.village.poor"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#map path.centre"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#counties option[data-code='U001']")).getText())
                .contains("浏览器测试县");
        assertThat(browser.findElement(By.id("county-name")).getText()).isEqualTo("浏览器测试县 (U001)");
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();

        browser.findElement(By.id("lang")).click();
        wait.until(b -> b.findElement(By.cssSelector("[data-i18n=legend]")).getText().equals("Legend"));
        assertThat(browser.findElement(By.cssSelector("dd[data-stat=villages]")).getText()).isEqualTo("3");
    }

    @Test
    void aPlanStartedFromThePageShowsItsProgressAndThenItsRoutes() throws Exception {
        PlanTestCounty.importFresh();
        open(page + "?county=" + PlanTestCounty.CODE + "&tab=plan", "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        awaitTab(PlanTestCounty.CODE, "plan", Duration.ofSeconds(20));
        assertThat(browser.findElement(By.id("plan-date")).getDomProperty("value")).isEqualTo("2025-06-16");

        browser.findElement(By.id("plan-limit")).clear();
        browser.findElement(By.id("plan-limit")).sendKeys("3");
        browser.findElement(By.id("plan-start")).click();
        wait.until(b -> b.findElement(By.id("plan-bar")).getDomAttribute("data-status") != null);
        assertThat(browser.findElement(By.id("plan-progress")).isDisplayed()).isTrue();

        WebDriverWait solve = new WebDriverWait(browser, Duration.ofMinutes(3));
        solve.until(b -> b.findElement(By.id("map")).getDomAttribute("data-plan") != null
                || b.findElement(By.id("plan-error")).isDisplayed());
        assertThat(browser.findElement(By.id("plan-error")).isDisplayed())
                .as(browser.findElement(By.id("plan-error")).getText()).isFalse();
        long id = Long.parseLong(browser.findElement(By.id("map")).getDomAttribute("data-plan"));
        int routes = given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200)
                .extract().jsonPath().getList("routes").size();
        assertThat(routes).isPositive();
        assertThat(browser.findElement(By.id("map")).getDomAttribute("data-routes-drawn")).isEqualTo(String.valueOf(routes));
        assertThat(browser.findElements(By.cssSelector("#map path.route"))).hasSize(routes);
        By vehicleRows = By.cssSelector("#plan-routes tbody tr[data-vehicle]");
        assertThat(browser.findElements(vehicleRows)).hasSize(routes);
        List<List<Integer>> tripsByRoute = given().when().get("/api/v1/plans/" + id + "/result").then()
                .extract().jsonPath().getList("routes.stops.trip");
        int reloads = 0;
        int trips = 0;
        for (List<Integer> stopTrips : tripsByRoute) {
            trips += stopTrips.stream().mapToInt(Integer::intValue).max().orElse(1);
            for (int i = 1; i < stopTrips.size(); i++) {
                reloads += stopTrips.get(i).equals(stopTrips.get(i - 1)) ? 0 : 1;
            }
        }
        // a click on a vehicle shows its route on the map, above the others, and its stops with the reloads between trips
        int reloadsShown = 0;
        for (int row = 0; row < routes; row++) {
            var vehicleRow = browser.findElements(vehicleRows).get(row);
            String vehicleId = vehicleRow.getDomAttribute("data-vehicle");
            vehicleRow.click();
            wait.until(b -> vehicleId.equals(b.findElement(By.cssSelector("#plan-stops h4")).getDomAttribute("data-vehicle")));
            assertThat(browser.findElements(By.cssSelector("#map path.route.highlighted"))).hasSize(1);
            reloadsShown += browser.findElements(By.cssSelector("#plan-stops tr.reload")).size();
        }
        assertThat(reloadsShown).isEqualTo(reloads);
        assertThat(browser.findElements(By.cssSelector("#plan-routes [data-trips]")).stream()
                .mapToInt(e -> Integer.parseInt(e.getDomAttribute("data-trips"))).sum()).isEqualTo(trips);
        assertThat(browser.findElement(By.cssSelector("#plan-totals dd[data-total=vehiclesUsed]")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("plan-sheets")).getDomAttribute("href"))
                .isEqualTo("/api/v1/plans/" + id + "/sheets");
        assertThat(browser.findElement(By.id("plan-progress")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("plan-error")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#plan-list button[data-plan='" + id + "'][data-status=DONE]")))
                .hasSize(1);

        // A breakdown of the first van listed, just after its first stop, re-planned from the page.
        String vehicle = browser.findElement(By.id("change-vehicle")).getDomProperty("value");
        JsonPath result = given().when().get("/api/v1/plans/" + id + "/result").then().extract().jsonPath();
        long firstStopLeft = result.getLong("routes.find { it.vehicleId == '" + vehicle + "' }.stops[0].departureSeconds");
        String atTime = PlanChangeRequests.format(firstStopLeft);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('change-at').value = arguments[0]", atTime);
        browser.findElement(By.id("change-apply")).click();
        solve.until(b -> !b.findElements(By.cssSelector("#plan-changes li[data-revision='1']")).isEmpty()
                || b.findElement(By.id("plan-error")).isDisplayed());
        assertThat(browser.findElement(By.id("plan-error")).isDisplayed())
                .as(browser.findElement(By.id("plan-error")).getText()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#plan-changes li[data-revision='1']")).getText())
                .contains(atTime).contains(vehicle).contains("车辆 " + vehicle + " 于 " + atTime + " 故障，已完成")
                .doesNotContain("broke down");
        int revised = given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200)
                .extract().jsonPath().getList("routes").size();
        solve.until(b -> String.valueOf(revised).equals(b.findElement(By.id("map")).getDomAttribute("data-routes-drawn")));
        assertThat(browser.findElements(vehicleRows)).hasSize(revised);
        @SuppressWarnings("unchecked")
        List<Long> overflow = (List<Long>) ((JavascriptExecutor) browser).executeScript(OVERFLOW);
        assertThat(overflow).as("page and working area wider than the window by").allMatch(px -> px <= 0);
        ((JavascriptExecutor) browser).executeScript( // the tables as a person sees them first, scrolled to their start
                "document.querySelectorAll('.scroll-x').forEach((box) => { box.scrollLeft = 0; })");
        Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("plan-result.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void anAnalysisStartedFromTheBureauPanelShowsScenariosAndColoursTheVillages() throws Exception {
        PlanTestCounty.importFresh();
        open(page + "?county=" + PlanTestCounty.CODE + "&tab=bureau", "ui.admin");
        awaitTab(PlanTestCounty.CODE, "bureau", Duration.ofSeconds(20));

        browser.findElement(By.id("bureau-limit")).clear();
        browser.findElement(By.id("bureau-limit")).sendKeys("1");
        browser.findElement(By.id("bureau-current")).sendKeys("中通, 6, 1, 420\n邮政, 4, 2, 380, 1200");
        browser.findElement(By.id("bureau-current-source")).sendKeys("2025 年问卷");
        browser.findElement(By.id("bureau-start")).click();
        new WebDriverWait(browser, Duration.ofMinutes(4)).until(b -> b.findElement(By.id("bureau-result")).isDisplayed());

        assertThat(browser.findElements(By.cssSelector("#bureau-scenarios tr[data-scenario]"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector("#bureau-scenarios tr[data-scenario=CURRENT] td:nth-child(3)"))
                .getText()).isEqualTo("10");
        // joint against separate brands and against today's practice
        assertThat(browser.findElements(By.cssSelector("#bureau-scenarios p[data-saving=JOINT]"))).hasSize(2);
        long id = given().when().get("/api/v1/counties/" + PlanTestCounty.CODE + "/analyses").jsonPath().getLong("[0].id");
        int villages = given().when().get("/api/v1/analyses/" + id).jsonPath().getList("report.villages").size();
        assertThat(browser.findElements(By.cssSelector("#map path.cost-village"))).hasSize(villages);
        assertThat(browser.findElement(By.cssSelector("#bureau-links a[href$='/report']")).getDomAttribute("href"))
                .isEqualTo("/api/v1/analyses/" + id + "/report");
        assertThat(browser.findElements(By.cssSelector("#bureau-subsidy-chart svg text"))).isNotEmpty();
        assertThat(browser.findElement(By.id("bureau-parity")).getText()).contains("石家庄市")
                .contains("2025 年数据，来源日期 2025-01-01");
        assertThat(browser.findElement(By.cssSelector("#bureau-parity [data-remote-rule]"))
                .getDomAttribute("data-remote-rule")).isIn("DEFAULT", "COUNTY");
        // the parity settings: the seeded reference listed, one added through the form and deleted again
        assertThat(browser.findElements(By.cssSelector("#parity-references tr[data-reference='河北省/2025']"))).hasSize(1);
        assertThat(browser.findElement(By.id("parity-rule-summary")).getText()).contains("个村为边远");
        for (String[] field : new String[][] {{"parity-province", "测试省UI"}, {"parity-year", "2024"},
                {"parity-capital", "测试市UI"}, {"parity-yuan", "1.3"}, {"parity-source", "2024 年调查"}}) {
            browser.findElement(By.id(field[0])).clear();
            browser.findElement(By.id(field[0])).sendKeys(field[1]);
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('parity-source-date').value = '2024-03-01'");
        browser.findElement(By.id("parity-save")).click();
        By added = By.cssSelector("#parity-references tr[data-reference='测试省UI/2024']");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(added).isEmpty());
        assertThat(browser.findElement(added).getText()).contains("1.30", "2024 年调查", "2024-03-01");
        browser.findElement(added).findElement(By.cssSelector("button[data-delete]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.findElements(added).isEmpty());
        // no number or word of the scenario table is broken over two lines, and the table widens no page
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('#bureau-scenarios table th, #bureau-scenarios table td')]
                  .filter((cell) => {
                    const range = document.createRange();
                    range.selectNodeContents(cell);
                    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
                  }).map((cell) => cell.textContent);
                """);
        assertThat(broken).as("cells over two lines").isEmpty();
        @SuppressWarnings("unchecked")
        List<Long> overflow = (List<Long>) ((JavascriptExecutor) browser).executeScript(OVERFLOW);
        assertThat(overflow).as("page and working area wider than the window by").allMatch(px -> px <= 0);
        Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("bureau-result.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aCalendarOfAnUploadedWeekIsPlannedFromThePage() throws Exception {
        CountyNetworkData county = PlanTestCounty.importFresh();
        List<String> codes = county.villages().stream().limit(2).map(VillageData::code).toList();
        StringBuilder csv = new StringBuilder(DemandCsv.DOWN_HEADER).append('\n');
        for (int day = 0; day < 7; day++) {
            for (String code : codes) {
                csv.append(LocalDate.parse("2025-06-16").plusDays(day)).append(',').append(code)
                        .append(",1,2,0,0,0,0,3,0,0.03,4.5\n");
            }
        }
        Path down = Files.createTempFile("gongpei-down", ".csv");
        Files.writeString(down, csv);
        open(page + "?county=" + PlanTestCounty.CODE + "&tab=calendar", "ui.admin");
        awaitTab(PlanTestCounty.CODE, "calendar", Duration.ofSeconds(20));

        browser.findElement(By.id("calendar-limit")).clear();
        browser.findElement(By.id("calendar-limit")).sendKeys("1");
        for (String day : List.of("TUE", "WED", "FRI", "SAT", "SUN")) {
            browser.findElement(By.id("calendar-day-" + day)).click();
        }
        browser.findElement(By.id("calendar-down")).sendKeys(down.toString());
        browser.findElement(By.cssSelector("#calendar-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(b -> b.findElement(By.id("calendar-result")).isDisplayed()
                || !b.findElement(By.id("calendar-status")).getText().isBlank()
                && !b.findElement(By.id("calendar-status")).getText().endsWith("%"));

        assertThat(browser.findElement(By.id("calendar-result")).isDisplayed())
                .as(browser.findElement(By.id("calendar-status")).getText()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#calendar-grid tbody tr"))).hasSize(codes.size());
        Files.delete(down);
    }

    @Test
    void anEvaluatorImportsRecordsAndSeesCompliancePerVillageTheChainAndATrace() throws Exception {
        CountyNetworkData county = new CountyNetworkData("E001", "评估测试县", "河北省", "石家庄市",
                "synthetic coordinates", new CentreData("测试中心", 36.285, 115.148),
                List.of(new TownshipData("130425100", "大名镇", 36.285, 115.148)), List.of(),
                List.of(new VillageData("130425100001", "北关", "130425100", 36.29, 115.15, 900, false, true),
                        new VillageData("130425100002", "一铺", "130425100", 36.28, 115.16, 300, true, false),
                        new VillageData("130425100003", "<img src=x onerror=alert(1)>", "130425100", 36.27, 115.14,
                                600, true, true)),
                List.of());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        Path records = Files.createTempFile("gongpei-records", ".csv");
        Files.writeString(records, """
                运单号,快递公司,村编码,县中心入库时间,县中心出库时间,村站到件时间,签收时间,车辆
                E1,顺丰,130425100001,2025-06-16 06:00,2025-06-16 08:00,2025-06-16 11:00,2025-06-16 12:00,冀D1
                E2,中通,130425100001,2025-06-16 06:00,2025-06-16 08:00,2025-06-20 11:00,,冀D1
                E3,京东,130425100003,2025-06-17 06:00,2025-06-17 08:00,2025-06-17 15:00,,冀D2
                """);
        open(page + "?county=E001&tab=evaluation", "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> b.findElement(By.id("evaluation-panel")).isDisplayed()
                && "E001".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));

        browser.findElement(By.id("records-file")).sendKeys(records.toString());
        browser.findElement(By.cssSelector("#records-form button[type=submit]")).click();
        wait.until(b -> "1".equals(b.findElement(By.id("records-status")).getDomAttribute("data-batch")));
        assertThat(browser.findElements(By.cssSelector("#records-batches li"))).hasSize(1);

        browser.findElement(By.cssSelector("#eval-form button[type=submit]")).click();
        wait.until(b -> b.findElement(By.id("eval-result")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("#eval-summary dd[data-key=parcels]")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("#eval-summary dd[data-key=withinTarget]")).getText())
                .startsWith("2 ");
        assertThat(browser.findElements(By.cssSelector("#map path.share-village"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#eval-villages tbody tr"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#eval-villages img"))).isEmpty(); // the name stays text
        assertThat(browser.findElements(By.cssSelector("img[src=x]"))).as("the village's name nowhere markup").isEmpty();
        assertThat(browser.findElement(By.id("eval-villages")).getText()).contains("<img src=x onerror=alert(1)>");

        browser.findElement(By.id("eval-verify")).click();
        wait.until(b -> "true".equals(b.findElement(By.id("eval-chain")).getDomAttribute("data-intact")));
        browser.findElement(By.id("eval-integrity-run")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#eval-integrity tr[data-rule=NIGHT_TIME]")).isEmpty());

        browser.findElement(By.id("trace-waybill")).sendKeys("E2");
        browser.findElement(By.cssSelector("#trace-form button[type=submit]")).click();
        wait.until(b -> b.findElements(By.cssSelector("#trace-result tbody tr")).size() == 1);

        String before = browser.findElement(By.cssSelector("[data-i18n=evaluation]")).getText();
        browser.findElement(By.id("lang")).click(); // the language an earlier test chose is kept in the browser
        wait.until(b -> !b.findElement(By.cssSelector("[data-i18n=evaluation]")).getText().equals(before));
        assertThat(List.of(before, browser.findElement(By.cssSelector("[data-i18n=evaluation]")).getText()))
                .containsExactlyInAnyOrder("评估 · 配送台账", "Evaluation · delivery records");
        Files.delete(records);
    }

    @Test
    void anEvaluatorSeesTheRoadTimeFindingsThePlanAgainstRecordAndDownloadsTheReport() throws Exception {
        CountyNetworkData daming = DemoCounties.daming();
        LatLon centre = new LatLon(daming.centre().lat(), daming.centre().lon());
        VillageData far = daming.villages().stream().max(java.util.Comparator.comparingDouble(
                (VillageData v) -> centre.distanceMetres(new LatLon(v.lat(), v.lon())))).orElseThrow();
        VillageData near = daming.villages().stream().min(java.util.Comparator.comparingDouble(
                (VillageData v) -> centre.distanceMetres(new LatLon(v.lat(), v.lon())))).orElseThrow();
        List<VillageData> villages = List.of(new VillageData(far.code(), "<b>远村</b>", far.townshipCode(), far.lat(),
                far.lon(), far.population(), far.poor(), far.station()), near);
        java.util.Set<String> townships = java.util.Set.of(far.townshipCode(), near.townshipCode());
        CountyNetworkData county = new CountyNetworkData("U130425", "路网评估测试县", daming.province(),
                daming.provincialCapital(), "Daming demo sites", daming.centre(),
                daming.townships().stream().filter(t -> townships.contains(t.code())).toList(), List.of(), villages,
                daming.boundary());
        if (given().when().get("/api/v1/counties/U130425/summary").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(county).when().post("/api/v1/counties").then().statusCode(201);
        }
        Path records = Files.createTempFile("gongpei-road-records", ".csv");
        Files.writeString(records, "运单号,快递公司,村编码,县中心入库时间,县中心出库时间,村站到件时间,车辆\n"
                + "U1,顺丰," + far.code() + ",2025-06-16 06:00,2025-06-16 08:00,2025-06-16 08:01,冀D1\n"
                + "U2,中通," + near.code() + ",2025-06-16 06:00,2025-06-16 08:00,2025-06-16 11:00,冀D2\n");
        open(page + "?county=U130425&tab=evaluation", "ui.evaluator");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> b.findElement(By.id("evaluation-panel")).isDisplayed()
                && "U130425".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));
        browser.findElement(By.id("records-file")).sendKeys(records.toString());
        browser.findElement(By.cssSelector("#records-form button[type=submit]")).click();
        wait.until(b -> "1".equals(b.findElement(By.id("records-status")).getDomAttribute("data-batch")));

        browser.findElement(By.id("eval-integrity-run")).click();
        By fast = By.cssSelector("#eval-road .rule-findings[data-rule=FASTER_THAN_ROAD_FROM_CENTRE] tbody tr");
        wait.until(b -> b.findElements(fast).size() == 1);
        assertThat(browser.findElement(fast).getText()).contains("U1").contains("<b>远村</b>"); // the name as text
        assertThat(browser.findElements(By.cssSelector("#eval-road b"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#eval-road .rule-findings[data-rule=VEHICLE_FASTER_THAN_ROAD]")))
                .isEmpty();

        browser.findElement(By.id("eval-plan-record-run")).click();
        wait.until(b -> b.findElements(By.cssSelector("#plan-record-table tbody tr")).size() == 2);
        assertThat(browser.findElement(By.cssSelector("#plan-record-totals dd[data-key=plannedVisits]")).getText())
                .isEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("#plan-record-totals dd[data-key=recordedWithoutPlan]"))
                .getText()).isEqualTo("2");

        for (String format : List.of("pdf", "xlsx")) {
            String href = browser.findElement(By.id("eval-report-" + format)).getDomProperty("href");
            assertThat(href).contains("/api/v1/counties/U130425/records/report." + format
                    + "?from=2025-06-16&to=2025-06-23&targetHours=72&lang=");
            given().when().get(java.net.URI.create(href).getRawPath() + "?" + java.net.URI.create(href).getRawQuery())
                    .then().statusCode(200).contentType(format.equals("pdf") ? "application/pdf"
                            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        browser.findElement(By.id("eval-report-pdf")).click(); // a download: the page stays
        assertThat(browser.findElement(By.id("evaluation-panel")).isDisplayed()).isTrue();

        String before = browser.findElement(By.id("eval-report-pdf")).getDomProperty("href");
        String text = browser.findElement(By.id("eval-report-pdf")).getText();
        browser.findElement(By.id("lang")).click();
        wait.until(b -> !b.findElement(By.id("eval-report-pdf")).getDomProperty("href").equals(before));
        assertThat(List.of(before.substring(before.length() - 2),
                browser.findElement(By.id("eval-report-pdf")).getDomProperty("href").substring(before.length() - 2)))
                .containsExactlyInAnyOrder("zh", "en");
        assertThat(List.of(text, browser.findElement(By.id("eval-report-pdf")).getText()))
                .containsExactlyInAnyOrder("下载评价报告（PDF）", "Download the evaluation report (PDF)");
        Files.delete(records);
    }

    @Test
    void aTimeLimitTooShortForTheCountyIsWarnedAboutBeforeItRuns() {
        open(page + "?county=130425&tab=bureau", "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        awaitTab("130425", "bureau", Duration.ofSeconds(20));
        // the defaults suit the demo county: 30 s per solve for its 668 villages
        assertThat(browser.findElement(By.id("bureau-limit-warning")).isDisplayed()).isFalse();

        browser.findElement(By.id("bureau-limit")).clear();
        browser.findElement(By.id("bureau-limit")).sendKeys("10");
        wait.until(b -> b.findElement(By.id("bureau-limit-warning")).isDisplayed());
        assertThat(browser.findElement(By.id("bureau-limit-warning")).getText()).contains("668").contains("30");
        showTab("plan");
        assertThat(browser.findElement(By.id("plan-limit-warning")).isDisplayed()).isFalse();
        browser.findElement(By.id("plan-limit")).clear();
        browser.findElement(By.id("plan-limit")).sendKeys("2");
        wait.until(b -> b.findElement(By.id("plan-limit-warning")).isDisplayed());
        assertThat(browser.findElement(By.id("plan-limit-warning")).getDomAttribute("data-advised-seconds")).isEqualTo("6");
        browser.findElement(By.id("plan-limit")).clear();
        browser.findElement(By.id("plan-limit")).sendKeys("6");
        wait.until(b -> !b.findElement(By.id("plan-limit-warning")).isDisplayed());
    }

    @Test
    void aContractorSavesTheCountysFleetSettingsFromThePageAndAnEvaluatorOnlyReadsThem() {
        CountyNetworkData bayreuth = DemoCounties.bayreuth();
        CountyNetworkData county = new CountyNetworkData("DE-BT-FLEET", bayreuth.name(), bayreuth.province(),
                bayreuth.provincialCapital(), bayreuth.note(), bayreuth.centre(), bayreuth.townships(), bayreuth.hubs(),
                bayreuth.villages(), bayreuth.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        open(page + "?county=DE-BT-FLEET&tab=fleet", "ui.contractor");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> b.findElement(By.id("fleet-panel")).isDisplayed()
                && !b.findElements(By.cssSelector("#fleet-fields input[data-field='van.count']")).isEmpty());
        var capacity = browser.findElement(By.cssSelector("#fleet-fields input[data-field='van.capacityKg']"));
        capacity.clear();
        capacity.sendKeys("-5");
        browser.findElement(By.id("fleet-save")).click();
        wait.until(b -> "false".equals(b.findElement(By.id("fleet-status")).getDomAttribute("data-saved")));
        assertThat(browser.findElement(By.cssSelector("#fleet-fields input[data-field='van.capacityKg']"))
                .getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("fleet-status")).getText()).contains("载重（千克） (配送面包车): 须大于 0");
        given().when().get("/api/v1/counties/DE-BT-FLEET/fleet-settings").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(0));

        capacity = browser.findElement(By.cssSelector("#fleet-fields input[data-field='van.capacityKg']"));
        capacity.clear();
        capacity.sendKeys("800");
        var count = browser.findElement(By.cssSelector("#fleet-fields input[data-field='van.count']"));
        count.clear();
        count.sendKeys("2");
        browser.findElement(By.id("fleet-save")).click();
        wait.until(b -> "true".equals(b.findElement(By.id("fleet-status")).getDomAttribute("data-saved")));
        JsonPath saved = given().when().get("/api/v1/counties/DE-BT-FLEET/fleet-settings").then().statusCode(200)
                .extract().jsonPath();
        assertThat(saved.getInt("version")).isEqualTo(1);
        assertThat(saved.getInt("settings.van.count")).isEqualTo(2);
        assertThat(saved.getDouble("settings.van.capacityKg")).isEqualTo(800.0);
        assertThat(saved.getString("savedBy")).isEqualTo("ui.contractor");

        open(page + "?county=DE-BT-FLEET&tab=fleet", "ui.evaluator");
        wait.until(b -> b.findElement(By.id("fleet-panel")).isDisplayed()
                && !b.findElements(By.cssSelector("#fleet-fields input[data-field='van.count']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#fleet-fields input[data-field='van.count']"))
                .getDomAttribute("value")).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("#fleet-fields input[data-field='van.count']"))
                .getDomAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.id("fleet-save")).isDisplayed()).isFalse();
    }

    @Test
    void aRoadFileUploadedFromThePageIsImportedAndItsRoadCheckListedAndDrawn() throws Exception {
        CountyNetworkData bayreuth = DemoCounties.bayreuth();
        CountyNetworkData county = new CountyNetworkData("DE-BT-UI", bayreuth.name(), bayreuth.province(),
                bayreuth.provincialCapital(), bayreuth.note(), bayreuth.centre(), bayreuth.townships(), bayreuth.hubs(),
                bayreuth.villages(), bayreuth.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        Path extract = Files.createTempDirectory("gongpei-roads").resolve("north-bayreuth.osm.gz");
        try (InputStream in = DemoCounties.bayreuthRoads()) {
            Files.copy(in, extract);
        }
        open(page + "?county=DE-BT-UI&tab=roads", "ui.admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> b.findElement(By.id("roads-panel")).isDisplayed()
                && "DE-BT-UI".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));

        browser.findElement(By.id("roads-file")).sendKeys(extract.toString());
        browser.findElement(By.cssSelector("#roads-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3))
                .until(b -> "DONE".equals(b.findElement(By.id("roads-status")).getDomAttribute("data-status")));
        wait.until(b -> !b.findElements(By.cssSelector("#roads-list li.current")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#roads-check p[data-routable]")).getDomAttribute("data-routable"))
                .isEqualTo(String.valueOf(county.villages().size()));
        assertThat(browser.findElements(By.cssSelector("#roads-check .roads-farthest tbody tr"))).hasSize(10);
        assertThat(browser.findElements(By.cssSelector("#map path.road-farthest"))).hasSize(10);
        assertThat(browser.findElements(By.cssSelector("#roads-check .roads-ok"))).hasSize(1);
        Files.delete(extract);
    }

    @Test
    void aCountyWithoutRoadsShowsThatItsPlansAreEstimatesAndItsPlanSaysSo() {
        given().contentType(ContentType.JSON).body(org.gongpei.service.TestCounties.small("EST01"))
                .queryParam("replace", true).when().post("/api/v1/counties").then().statusCode(201);
        open(page + "?county=EST01", "ui.contractor");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> "EST01".equals(b.findElement(By.id("map")).getDomAttribute("data-county"))
                && b.findElement(By.id("estimate-banner")).isDisplayed());
        assertThat(browser.findElement(By.id("estimate-banner")).getText()).containsAnyOf("估算", "ESTIMATE")
                .contains("1.3").contains("35 km/h");
        showTab("plan");

        browser.findElement(By.id("plan-limit")).clear();
        browser.findElement(By.id("plan-limit")).sendKeys("2");
        browser.findElement(By.id("plan-start")).click();
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(b -> b.findElement(By.id("map")).getDomAttribute("data-plan") != null
                || b.findElement(By.id("plan-error")).isDisplayed());
        assertThat(browser.findElement(By.id("plan-error")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("plan-estimate")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("plan-estimate")).getText()).containsAnyOf("估算", "ESTIMATE").contains("1.3");
        assertThat(browser.findElements(By.cssSelector("#map path.route"))).isNotEmpty();
    }

    @Test
    void aContractorAddsMovesAndRemovesAVillageOnTheMapAndTheApiHasEachChange() {
        given().contentType(ContentType.JSON).body(org.gongpei.service.TestCounties.small("EDT01"))
                .queryParam("replace", true).when().post("/api/v1/counties").then().statusCode(201);
        open(page + "?county=EDT01", "ui.contractor");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> "EDT01".equals(b.findElement(By.id("map")).getDomAttribute("data-county"))
                && b.findElement(By.id("editor")).isDisplayed());
        assertThat(browser.findElements(By.cssSelector("#map path.village"))).hasSize(4);

        browser.findElement(By.cssSelector("#map path.village")).click();
        wait.until(b -> b.findElement(By.id("editor-form")).isDisplayed());
        assertThat(browser.findElement(By.id("editor-title")).getText()).isEqualTo("修改村");
        assertThat(editorField("code").getDomAttribute("readonly")).isNotNull();
        browser.findElement(By.id("editor-cancel")).click();

        browser.findElement(By.id("editor-add-village")).click();
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.id("map"))).click()
                .perform();
        wait.until(b -> !editorField("lat").getDomProperty("value").isEmpty());
        editorField("code").sendKeys("130425100077");
        editorField("name").sendKeys("测试新村");
        editorField("population").sendKeys("-3");
        editorField("station").click();
        browser.findElement(By.id("editor-save")).click();
        wait.until(b -> "false".equals(b.findElement(By.id("editor-status")).getDomAttribute("data-saved")));
        assertThat(browser.findElement(By.id("editor-status")).getText()).contains("人口: 不能为负数");
        assertThat(editorField("population").getDomAttribute("aria-invalid")).isEqualTo("true");
        given().when().get("/api/v1/counties/EDT01").then().body("villages", org.hamcrest.Matchers.hasSize(4));

        editorField("population").clear();
        editorField("population").sendKeys("120");
        browser.findElement(By.id("editor-save")).click();
        wait.until(b -> "true".equals(b.findElement(By.id("editor-status")).getDomAttribute("data-saved"))
                && b.findElements(By.cssSelector("#map path.village")).size() == 5);
        JsonPath added = new JsonPath(given().when().get("/api/v1/counties/EDT01").asString())
                .setRootPath("villages.find { it.code == '130425100077' }");
        assertThat(added.getString("name")).isEqualTo("测试新村");
        assertThat(added.getInt("population")).isEqualTo(120);
        assertThat(added.getBoolean("station")).isTrue();
        double lat = added.getDouble("lat");
        assertThat(lat).isBetween(36.2, 36.45);

        browser.findElement(By.id("editor-move")).click();
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(browser.findElement(By.id("map")), 40, 60)
                .click().perform();
        wait.until(b -> Double.parseDouble(editorField("lat").getDomProperty("value")) != lat);
        browser.findElement(By.id("editor-save")).click();
        wait.until(b -> given().when().get("/api/v1/counties/EDT01").jsonPath()
                .getDouble("villages.find { it.code == '130425100077' }.lat") < lat);

        browser.findElement(By.id("editor-remove")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        wait.until(b -> b.findElements(By.cssSelector("#map path.village")).size() == 4);
        assertThat(given().when().get("/api/v1/counties/EDT01").jsonPath().getList("villages.code"))
                .doesNotContain("130425100077");

        open(page + "?county=EDT01", "ui.evaluator");
        wait.until(b -> "EDT01".equals(b.findElement(By.id("map")).getDomAttribute("data-county")));
        assertThat(browser.findElement(By.id("editor")).isDisplayed()).isFalse();
    }

    @Test
    void anAdminCreatesLocksAndDeletesAUserInTheUsersTabAndSeesItInTheAuditLog() {
        open(page + "?county=130425&tab=users", "ui.admin");
        awaitTab("130425", "users", Duration.ofSeconds(30));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> !b.findElements(By.cssSelector("#users-table tr[data-user='ui.admin']")).isEmpty());
        browser.findElement(By.id("user-new-name")).sendKeys("ui.joiner");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("user-new-role"))).selectByValue("bureau");
        browser.findElement(By.id("user-new-counties")).sendKeys("130425");
        browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
        wait.until(b -> b.findElement(By.id("users-status")).getDomAttribute("data-ok") != null);
        assertThat(browser.findElement(By.id("users-status")).getText()).startsWith("ui.joiner 的一次性密码：");
        JsonPath created = given().when().get("/api/v1/users").jsonPath();
        assertThat(created.getString("find { it.username == 'ui.joiner' }.role")).isEqualTo("bureau");
        assertThat(created.getList("find { it.username == 'ui.joiner' }.counties")).containsExactly("130425");

        By row = By.cssSelector("#users-table tr[data-user='ui.joiner']");
        wait.until(b -> !b.findElements(row).isEmpty());
        browser.findElement(row).findElement(By.cssSelector("button[data-act=lock]")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#users-table tr[data-user='ui.joiner'] button[data-act=unlock]"))
                .isEmpty());
        assertThat(given().when().get("/api/v1/users").jsonPath()
                .getBoolean("find { it.username == 'ui.joiner' }.enabled")).isFalse();
        assertThat(browser.findElement(By.id("audit-table")).getText()).contains("创建用户").contains("修改用户");

        browser.findElement(row).findElement(By.cssSelector("button[data-act=delete]")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        wait.until(b -> b.findElements(row).isEmpty());
        assertThat(given().when().get("/api/v1/users").jsonPath().getList("username")).doesNotContain("ui.joiner");
    }

    private WebElement editorField(String name) {
        return browser.findElement(By.cssSelector("#editor-form [data-field='" + name + "']"));
    }

    @Test
    void aStationPlanRunFromTheDesignTabShowsItsCoverageAndItsStationsOnTheMap() throws Exception {
        StationPlanTestCounty.ensureImported();
        String plans = "/api/v1/counties/" + StationPlanTestCounty.CODE + "/station-plans";
        int before = given().when().get(plans).then().statusCode(200).extract().jsonPath().getList("id").size();
        open(page + "?county=" + StationPlanTestCounty.CODE + "&tab=design", "ui.bureau");
        awaitTab(StationPlanTestCounty.CODE, "design", Duration.ofSeconds(20));
        browser.findElement(By.id("design-limit")).clear();
        browser.findElement(By.id("design-limit")).sendKeys("2");
        browser.findElement(By.id("design-start")).click();

        new WebDriverWait(browser, Duration.ofMinutes(2)).until(b -> given().when().get(plans).then().extract()
                .jsonPath().getList("id").size() > before);
        long id = given().when().get(plans).then().extract().jsonPath().getLong("[0].id");
        new WebDriverWait(browser, Duration.ofMinutes(2)).until(b -> b.findElement(By.id("design-result")).isDisplayed()
                && b.findElement(By.id("design-xlsx")).getDomAttribute("href").contains("/station-plans/" + id + "/"));
        JsonPath done = given().when().get(plans + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("DONE");

        assertThat(browser.findElements(By.cssSelector("#design-rules tbody tr"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("#design-rules td.held"))).allSatisfy(cell ->
                assertThat(cell.getText()).isEqualTo("✓"));
        List<Map<String, Object>> villages = done.getList("result.villages");
        long upgradedOrNew = villages.stream().filter(v -> List.of("UPGRADED", "NEW").contains(v.get("choice"))).count();
        long kept = villages.stream().filter(v -> "EXISTING".equals(v.get("choice"))).count();
        assertThat(browser.findElements(By.cssSelector("#map path.design-UPGRADED, #map path.design-NEW")))
                .hasSize((int) upgradedOrNew);
        assertThat(browser.findElements(By.cssSelector("#map path.design-EXISTING"))).hasSize((int) kept);
        assertThat(browser.findElement(By.id("design-figures")).getText()).contains("✓");
        assertThat(browser.findElement(By.cssSelector("#design-cost-chart figcaption")).getText()).startsWith("建设成本");
        assertThat(browser.findElements(By.cssSelector("#design-cost-chart svg text"))).isNotEmpty();
        Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("design-result.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theProvinceTabShowsItsCountiesSideBySide() throws Exception {
        String province = "浏览器测试省";
        for (String code : List.of("PRB01", "PRB02")) {
            CountyNetworkData county = org.gongpei.service.TestCounties.small(code);
            given().contentType(ContentType.JSON).body(new CountyNetworkData(code, county.name(), province, "测试市",
                    county.note(), county.centre(), county.townships(), county.hubs(), county.villages(),
                    county.boundary())).queryParam("replace", true).when().post("/api/v1/counties").then().statusCode(201);
        }
        open(page + "?county=130425&tab=province", "ui.evaluator");
        awaitTab("130425", "province", Duration.ofSeconds(30));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> b.findElements(By.cssSelector("#province-choice option[value='" + province + "']")).size() == 1);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("province-choice"))).selectByValue(province);
        browser.findElement(By.id("province-show")).click();
        By rows = By.cssSelector("#province-table tbody tr[data-county]");
        wait.until(b -> b.findElement(By.id("province-result")).isDisplayed() && b.findElements(rows).size() == 2);
        assertThat(browser.findElements(rows).stream().map(row -> row.getDomAttribute("data-county")).toList())
                .containsExactly("PRB01", "PRB02");
        assertThat(browser.findElement(rows).getText()).contains("测试县PRB01").contains("75.0");
        assertThat(browser.findElement(By.id("province-xlsx")).getDomAttribute("href"))
                .contains("/indicators/export.xlsx?").contains("lang=zh");
        assertThat(browser.findElement(By.cssSelector("#province-chart figcaption")).getText()).startsWith("各县");
        assertThat(browser.findElements(By.cssSelector("#province-chart svg text"))).isNotEmpty();
        Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("province-result.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aHubComparisonRunFromTheDesignTabShowsTheCandidatesAndTheChosenHubsOnTheMap() {
        HubPlanTestCounty.ensureImported();
        String plans = "/api/v1/counties/" + HubPlanTestCounty.CODE + "/hub-plans";
        int before = given().when().get(plans).then().statusCode(200).extract().jsonPath().getList("id").size();
        open(page + "?county=" + HubPlanTestCounty.CODE + "&tab=design", "ui.bureau");
        awaitTab(HubPlanTestCounty.CODE, "design", Duration.ofSeconds(20));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> !b.findElements(By.cssSelector("#hubs-own-sites select")).isEmpty());
        browser.findElement(By.id("hubs-limit")).clear();
        browser.findElement(By.id("hubs-limit")).sendKeys("2");
        browser.findElement(By.id("hubs-start")).click();

        new WebDriverWait(browser, Duration.ofMinutes(2)).until(b -> given().when().get(plans).then().extract()
                .jsonPath().getList("id").size() > before);
        long id = given().when().get(plans).then().extract().jsonPath().getLong("[0].id");
        new WebDriverWait(browser, Duration.ofMinutes(3)).until(b -> b.findElement(By.id("hubs-result")).isDisplayed()
                && b.findElement(By.id("hubs-xlsx")).getDomAttribute("href").contains("/hub-plans/" + id + "/"));
        JsonPath done = given().when().get(plans + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(done.getString("status")).isEqualTo("DONE");

        List<Map<String, Object>> candidates = done.getList("result.candidates");
        assertThat(browser.findElements(By.cssSelector("#hubs-table tbody tr[data-candidate]"))).hasSize(candidates.size());
        assertThat(browser.findElement(By.cssSelector("#hubs-table tbody tr[data-candidate=TODAY]")).getText())
                .startsWith("现状网络");
        assertThat(browser.findElements(By.cssSelector("#map path.hubs-ring"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#hubs-cost-chart figcaption")).getText()).startsWith("各方案");
        assertThat(browser.findElements(By.cssSelector("#hubs-cost-chart svg text"))).isNotEmpty();

        browser.findElement(By.cssSelector("#hubs-table tbody tr[data-candidate=TODAY]")).click();
        long today = done.getList("result.candidates[0].hubs.findAll { it.open }").size();
        wait.until(b -> b.findElements(By.cssSelector("#map path.hubs-KEPT")).size() == today
                && b.findElements(By.cssSelector("#map path.hubs-OPENED, #map path.hubs-CLOSED")).isEmpty());
        assertThat(browser.findElement(By.id("hubs-chosen")).getText()).contains("现状网络");
    }
}
