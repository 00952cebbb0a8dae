package org.gongpei.service.design;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.design.StationPlanTestCounty.CODE;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.TestCounties;
import org.gongpei.service.county.CountyNetworkValidator;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.plan.PlanTestCounty;
import org.gongpei.service.roads.RoadVersion;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Network design through the API: a Daming subset on its roads, sited by the real search, checked by the
 * independent checker, exported as a workbook; bad settings named field by field.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class StationPlanApiTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String NO_ROADS = "SP-NOROADS";
    private static final long UPGRADE_YUAN = 4_000;
    private static final long NEW_YUAN = 25_000;

    @Inject
    CountyService counties;

    private CountyNetworkData county;

    @BeforeEach
    void county() {
        county = StationPlanTestCounty.ensureImported();
        if (counties.list().stream().noneMatch(c -> c.code().equals(NO_ROADS))) {
            counties.importNetwork(TestCounties.small(NO_ROADS), false, CountyNetworkValidator.Locator.JSON);
        }
    }

    @Test
    void aPlanMeetsEveryRuleByTheIndependentCheckAndItsCostsAddUp() throws Exception {
        String location = given().contentType(ContentType.JSON)
                .body("{\"minStationSharePercent\":60,\"upgradeCostYuan\":" + UPGRADE_YUAN + ",\"newStationCostYuan\":"
                        + NEW_YUAN + ",\"timeLimitSeconds\":3}")
                .when().post("/api/v1/counties/" + CODE + "/station-plans")
                .then().statusCode(202).body("status", anyOf(equalTo("QUEUED"), equalTo("SOLVING")))
                .body("request.minStationSharePercent", equalTo(60.0f)).body("request.populationThreshold", equalTo(500))
                .body("roads.source", containsString("roads.osm.gz"))
                .extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getString("phase")).isEqualTo("done");

        List<Map<String, Object>> villages = done.getList("result.villages");
        assertThat(villages).hasSize(county.villages().size());
        assertThat(done.getBoolean("result.passes")).as(done.getString("result.violations")).isTrue();
        assertThat(done.getList("result.rules.rule", String.class))
                .containsExactly("SHARE", "POOR", "LARGE", "TOWNSHIPS", "REACH", "CHOICES");
        assertThat(done.getList("result.rules.held", Boolean.class)).containsOnly(true);
        assertThat(done.getList("result.rules.breaking.flatten()")).isEmpty();
        int stations = done.getInt("result.stations");
        assertThat(stations).isGreaterThanOrEqualTo((int) Math.ceil(0.6 * villages.size()));
        assertThat(done.getInt("result.rules[0].required")).isEqualTo((int) Math.ceil(0.6 * villages.size()));

        long sum = 0;
        for (Map<String, Object> village : villages) {
            long cost = ((Number) village.get("constructionCostYuan")).longValue();
            long expected = switch ((String) village.get("choice")) {
                case "UPGRADED" -> UPGRADE_YUAN;
                case "NEW" -> NEW_YUAN;
                default -> 0;
            };
            assertThat(cost).as("cost of %s", village.get("code")).isEqualTo(expected);
            sum += cost;
        }
        assertThat(done.getLong("result.constructionCostYuan")).isEqualTo(sum);
        assertThat(done.getLong("result.allVillagesCostYuan")).isGreaterThanOrEqualTo(sum);
        assertThat(villages.stream().filter(v -> !"NONE".equals(v.get("choice"))).count()).isEqualTo(stations);
        assertThat(done.getString("result.roads.source")).contains("roads.osm.gz");

        long id = done.getLong("id");
        assertThat(given().when().get("/api/v1/counties/" + CODE + "/station-plans").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).contains(id);

        ExtractableResponse<Response> file = given().when()
                .get("/api/v1/counties/" + CODE + "/station-plans/" + id + "/export.xlsx")
                .then().statusCode(200).extract();
        assertThat(file.header("Content-Disposition")).contains("station-plan-" + CODE + "-" + id + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.asByteArray()))) {
            Sheet chosen = workbook.getSheet("服务站");
            assertThat(cells(chosen.getRow(0))).containsExactly("村编码", "村名", "乡镇", "人口", "贫困村", "现有服务站",
                    "方案", "建设成本（元）");
            assertThat(chosen.getLastRowNum()).isEqualTo(stations);
            assertThat(cells(workbook.getSheet("覆盖规则").getRow(0))).startsWith("规则", "要求", "现状", "方案");
            assertThat(workbook.getSheet("覆盖规则").getLastRowNum()).isEqualTo(6);
            assertThat(workbook.getSheet("乡镇").getLastRowNum()).isEqualTo(county.townships().size());
        }
        byte[] english = given().queryParam("lang", "en").when()
                .get("/api/v1/counties/" + CODE + "/station-plans/" + id + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(cells(workbook.getSheet("Stations").getRow(0))).startsWith("Village code", "Village");
        }
    }

    @Test
    void aStopEndsTheSearchEarlyAndKeepsItsPlan() {
        String location = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\":120}")
                .when().post("/api/v1/counties/" + CODE + "/station-plans")
                .then().statusCode(202).extract().header("Location");
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!StationPlanJobs.SITING.equals(given().when().get(location).then().statusCode(200).extract()
                .jsonPath().getString("phase"))) {
            assertThat(Instant.now()).as("%s never sited", location).isBefore(deadline);
            sleep();
        }
        given().when().post("/api/v1/counties/" + NO_ROADS + "/station-plans/" + id(location) + "/stop")
                .then().statusCode(404);
        given().when().post(location + "/stop").then().statusCode(200);
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getBoolean("stoppedEarly")).isTrue();
        // a quarter of the limit without improvement would end it at 30 s at the earliest
        assertThat(done.getLong("result.solveMillis")).isLessThan(15_000);
        assertThat(done.getList("result.villages")).hasSize(county.villages().size());
        given().when().post(location + "/stop").then().statusCode(409).contentType("application/problem+json");
        given().when().get("/api/v1/counties/" + NO_ROADS + "/station-plans/" + id(location)).then().statusCode(404);
    }

    @Test
    void aCountyWithoutRoadsIsSitedOnTheEstimateAndSaysSo() {
        String location = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\":1}")
                .when().post("/api/v1/counties/" + NO_ROADS + "/station-plans")
                .then().statusCode(202).body("roads.source", equalTo(RoadVersion.ESTIMATE)).extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getString("result.roads.source")).isEqualTo(RoadVersion.ESTIMATE);
        assertThat(done.getDouble("result.roads.estimate.detourFactor")).isGreaterThan(1);
        assertThat(done.getBoolean("result.passes")).isTrue();
    }

    @Test
    void badSettingsAreNamedFieldByFieldAndNothingIsStored() {
        int before = given().when().get("/api/v1/counties/" + CODE + "/station-plans").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
        JsonPath problem = given().contentType(ContentType.JSON)
                .body("{\"minStationSharePercent\":150,\"newStationCostYuan\":-1,\"timeLimitSeconds\":0,"
                        + "\"villagesWithoutPremises\":[\"NO-VILLAGE\"]}")
                .when().post("/api/v1/counties/" + CODE + "/station-plans")
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).containsExactly("minStationSharePercent",
                "newStationCostYuan", "timeLimitSeconds", "villagesWithoutPremises");
        assertThat(problem.getList("errors.code", String.class)).containsExactly("outOfRange", "negative",
                "outOfRange", "unknownVillage");
        assertThat(problem.getString("errors[0].message")).contains("150");
        given().contentType(ContentType.JSON).body("{\"reachMetres\":\"far\"}")
                .when().post("/api/v1/counties/" + CODE + "/station-plans")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(given().when().get("/api/v1/counties/" + CODE + "/station-plans").then().statusCode(200)
                .extract().jsonPath().getList("id")).hasSize(before);

        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/counties/NOPE/station-plans")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("COUNTY_NOT_FOUND"));
        given().when().get("/api/v1/counties/" + CODE + "/station-plans/987654").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/counties/NOPE/station-plans").then().statusCode(404);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
