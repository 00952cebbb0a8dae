package org.gongpei.service.design;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gongpei.service.design.HubPlanTestCounty.CODE;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hub siting through the API: a Daming subset with every hub site (today's and the candidates) on its roads
 * ({@link HubPlanTestCounty}), the candidates judged by real daily plans, exported as a workbook; bad settings named
 * field by field.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class HubPlanApiTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final String PLANS = "/api/v1/counties/" + CODE + "/hub-plans";

    private CountyNetworkData county;

    @BeforeEach
    void county() {
        county = HubPlanTestCounty.ensureImported();
    }

    @Test
    void candidatesAreJudgedByDailyPlansAndTheirFiguresAddUp() throws Exception {
        List<String> designated = county.hubs().stream().filter(HubData::designated).map(HubData::code).toList();
        String closed = designated.getFirst();
        String opened = county.hubs().stream().filter(hub -> !hub.designated()).findFirst().orElseThrow().code();
        String body = "{\"timeLimitSeconds\":2,\"runningCostYuanPerYear\":90000,\"openingCostYuanPerYear\":30000,"
                + "\"coldStorageCostYuanPerYear\":20000,\"serviceDaysPerYear\":250,\"candidates\":[{\"name\":\"换站\","
                + "\"actions\":[{\"hubCode\":\"" + closed + "\",\"action\":\"CLOSE\"},{\"hubCode\":\"" + opened
                + "\",\"action\":\"ADD_COLD_STORAGE\",\"capacityParcelsPerDay\":5000}]}]}";
        String location = given().contentType(ContentType.JSON).body(body).when().post(PLANS)
                .then().statusCode(202).body("request.seeds", equalTo(1)).body("request.date", equalTo("2025-06-16"))
                .extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");

        List<Map<String, Object>> candidates = done.getList("result.candidates");
        assertThat(candidates.size()).isBetween(2, 4);
        assertThat(candidates.getFirst().get("origin")).isEqualTo("TODAY");
        assertThat(candidates.getLast().get("origin")).isEqualTo("USER");
        for (int c = 0; c < candidates.size(); c++) {
            String at = "result.candidates[" + c + "]";
            List<String> open = done.getList(at + ".hubs.findAll { it.open }.code", String.class);
            long fixed = 0;
            for (Map<String, Object> hub : done.<Map<String, Object>>getList(at + ".hubs")) {
                if ((Boolean) hub.get("open")) {
                    fixed += 90_000 + ((Boolean) hub.get("openToday") ? 0 : 30_000)
                            + ("ADD_COLD_STORAGE".equals(hub.get("action")) && !county.hubs().stream()
                                    .filter(h -> h.code().equals(hub.get("code"))).findFirst().orElseThrow()
                                    .coldStorage() ? 20_000 : 0);
                }
            }
            assertThat(done.getLong(at + ".fixedYuanPerYear")).as("fixed cost of %s", c).isEqualTo(fixed);
            List<Map<String, Object>> runs = done.getList(at + ".runs");
            assertThat(runs).hasSize(1);
            Map<String, Object> run = runs.getFirst();
            assertThat(open).containsAll((List<String>) run.get("hubsUsed"));
            assertThat(((Number) run.get("costPerDayYuan")).doubleValue()).isCloseTo(
                    ((Number) run.get("transportYuan")).doubleValue() + fixed / 250.0, within(0.01));
            assertThat(done.getDouble(at + ".costPerDayYuan.min")).isEqualTo(done.getDouble(at + ".costPerDayYuan.max"));
            int served = (Integer) run.get("parcelsServed");
            assertThat(served).isPositive();
            assertThat(((Number) run.get("costPerParcelYuan")).doubleValue() * served).isCloseTo(
                    ((Number) run.get("costPerDayYuan")).doubleValue(), within(0.01));
            assertThat((Integer) run.get("stationVillagesServed")).isLessThanOrEqualTo((Integer) run.get("villagesServed"));
            assertThat((Integer) run.get("violations")).isZero();
        }
        // today's candidate is the network a plain daily plan uses: the designated hubs as they are
        assertThat(done.getList("result.candidates[0].hubs.findAll { it.open }.code", String.class))
                .containsExactlyElementsOf(designated);
        List<String> user = done.getList("result.candidates[-1].hubs.findAll { it.open }.code", String.class);
        assertThat(user).contains(opened).doesNotContain(closed);
        assertThat(done.getInt("result.candidates[-1].hubs.find { it.code == '" + opened + "' }.capacityParcelsPerDay"))
                .isEqualTo(5_000);
        assertThat(done.getBoolean("result.siting.passes")).isTrue();
        assertThat(done.getDouble("result.siting.checkedTransportYuanPerDay"))
                .isCloseTo(done.getDouble("result.siting.transportYuanPerDay"), within(0.01));

        long id = done.getLong("id");
        assertThat(given().when().get(PLANS).then().statusCode(200).extract().jsonPath().getList("id", Long.class))
                .contains(id);
        byte[] file = given().when().get(PLANS + "/" + id + "/export.xlsx").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(cells(workbook.getSheet("候选方案").getRow(0))).startsWith("方案", "运营乡镇站数");
            assertThat(workbook.getSheet("候选方案").getLastRowNum()).isEqualTo(candidates.size());
            assertThat(workbook.getSheet("候选方案").getRow(1).getCell(0).getStringCellValue()).isEqualTo("现状网络");
            assertThat(workbook.getSheet("日计划").getLastRowNum()).isEqualTo(candidates.size());
        }
        byte[] english = given().queryParam("lang", "en").when().get(PLANS + "/" + id + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(cells(workbook.getSheet("Candidates").getRow(0))).startsWith("Candidate", "Open hubs");
        }
        given().queryParam("lang", "fr").when().get(PLANS + "/" + id + "/export.xlsx").then().statusCode(422);
    }

    @Test
    void aStopEndsTheRunningPlanAndSkipsTheOthers() {
        String location = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\":120,\"seeds\":2}")
                .when().post(PLANS).then().statusCode(202).extract().header("Location");
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!String.valueOf(given().when().get(location).then().statusCode(200).extract().jsonPath()
                .getString("phase")).startsWith(HubPlanJobs.HUB_PLANNING)) {
            assertThat(Instant.now()).as("%s never planned", location).isBefore(deadline);
            sleep();
        }
        given().when().post(location + "/stop").then().statusCode(200);
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getBoolean("stoppedEarly")).isTrue();
        // the first daily plan ended with its best; the others were skipped and have no figures
        assertThat(done.getList("result.candidates[0].runs")).hasSize(1);
        assertThat(done.getList("result.candidates[1].runs")).isEmpty();
        assertThat(done.getMap("result.candidates[1]")).containsEntry("costPerDayYuan", null);
        given().when().post(location + "/stop").then().statusCode(409).contentType("application/problem+json");
        given().when().get(location + "/export.xlsx").then().statusCode(200);
    }

    @Test
    void badSettingsAreNamedFieldByFieldAndNothingIsStored() {
        int before = given().when().get(PLANS).then().statusCode(200).extract().jsonPath().getList("id").size();
        JsonPath problem = given().contentType(ContentType.JSON)
                .body("{\"seeds\":9,\"timeLimitSeconds\":0,\"runningCostYuanPerYear\":-5,\"candidates\":[{\"name\":\"\","
                        + "\"actions\":[{\"hubCode\":\"NO-HUB\",\"action\":\"BUILD\"}]}]}")
                .when().post(PLANS)
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).containsExactly("timeLimitSeconds", "seeds",
                "runningCostYuanPerYear", "candidates[0].name", "candidates[0].actions[0].hubCode",
                "candidates[0].actions[0].action");
        assertThat(problem.getList("errors.code", String.class)).containsExactly("outOfRange", "outOfRange",
                "negative", "nameMissing", "unknownHub", "unknownAction");
        given().contentType(ContentType.JSON).body("{\"propose\":false}").when().post(PLANS)
                .then().statusCode(422).body("errors[0].code", equalTo("nothingToCompare"));
        given().contentType(ContentType.JSON).body("{\"seeds\":\"many\"}").when().post(PLANS)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(given().when().get(PLANS).then().statusCode(200).extract().jsonPath().getList("id"))
                .hasSize(before);

        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/counties/NOPE/hub-plans")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("COUNTY_NOT_FOUND"));
        given().when().get(PLANS + "/987654").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/counties/NOPE/hub-plans").then().statusCode(404);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
