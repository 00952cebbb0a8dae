package org.gongpei.service.parity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.parity.ParityTestCounty.CODE;
import static org.gongpei.service.parity.ParityTestCounty.PROVINCE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A county's remote rule through the API, and the one rule applied alike by parity, the calendar's compliance and
 * the records' compliance; the analysis takes its province's reference of the right year and says so.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RemoteRuleApiTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final String RULE = "/api/v1/counties/" + CODE + "/remote-rule";

    private CountyNetworkData county;

    @BeforeEach
    void county() {
        county = ParityTestCounty.ensureImported();
    }

    @Test
    void theRuleIsSavedReadAndCheckedByName() {
        List<String> codes = county.villages().stream().map(VillageData::code).toList();
        given().contentType(ContentType.JSON).body(Map.of("roadMinutes", 0, "villageCodes", codes.subList(0, 2)))
                .when().put(RULE).then().statusCode(200).body("setting.roadMinutes", equalTo(0))
                .body("setting.savedBy", equalTo("admin")).body("rule.source", equalTo("COUNTY"));
        JsonPath read = given().when().get(RULE).then().statusCode(200).extract().jsonPath();
        assertThat(read.getList("setting.villageCodes", String.class)).containsExactlyElementsOf(codes.subList(0, 2));
        assertThat(read.getList("remote.villages.code", String.class)).containsExactlyInAnyOrderElementsOf(codes.subList(0, 2));
        assertThat(read.getBoolean("remote.applied")).isTrue();
        assertThat(read.getInt("villages")).isEqualTo(codes.size());

        JsonPath refused = given().contentType(ContentType.JSON)
                .body("{\"roadMinutes\":-1,\"villageCodes\":[\"" + codes.get(0) + "\",\"NO-SUCH\",\"" + codes.get(0) + "\"]}")
                .when().put(RULE).then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getList("errors.collect { it.location + ' ' + it.field + ' ' + it.code }", String.class))
                .containsExactlyInAnyOrder("body roadMinutes minutesOutOfRange",
                        "body.villageCodes[1] null unknownVillage", "body.villageCodes[2] null duplicate");
        given().contentType(ContentType.JSON).body("{\"roadMinutes\":30}").when()
                .put("/api/v1/counties/NO-SUCH-COUNTY/remote-rule").then().statusCode(404);
        given().when().get("/api/v1/counties/NO-SUCH-COUNTY/remote-rule").then().statusCode(404);

        // null minutes: the default time rule with the county's list
        given().contentType(ContentType.JSON).body("{\"roadMinutes\":null,\"villageCodes\":[]}").when().put(RULE)
                .then().statusCode(200).body("rule.roadMinutes", equalTo(60.0f)).body("rule.source", equalTo("COUNTY"));
        assertThat(given().when().get("/api/v1/counties/" + PlanTestCounty.CODE + "/remote-rule").then().statusCode(200)
                .extract().jsonPath().getString("rule.source")).isIn("DEFAULT", "COUNTY");
    }

    @Test
    void oneRuleGivesTheSameRemoteVillagesInParityCalendarAndRecordsAndTheAnalysisStatesItsReference() {
        given().contentType(ContentType.JSON).body("{\"capital\":\"测试市Q\",\"yuanPerParcel\":1.5,\"source\":\"2023 年调查\","
                + "\"sourceDate\":\"2023-04-01\"}").when().put("/api/v1/province-references/{p}/2023", PROVINCE);
        given().contentType(ContentType.JSON).body("{\"capital\":\"测试市Q\",\"yuanPerParcel\":1.8,\"source\":\"2024 年调查\","
                + "\"sourceDate\":\"2024-04-01\"}").when().put("/api/v1/province-references/{p}/2024", PROVINCE);
        given().contentType(ContentType.JSON).body("{\"capital\":\"测试市Q\",\"yuanPerParcel\":2.0,\"source\":\"2027 年预测\","
                + "\"sourceDate\":\"2024-09-01\"}").when().put("/api/v1/province-references/{p}/2027", PROVINCE);

        // every village's road time by the records' way (the rule's GET lists them when all are on its list)
        List<String> all = county.villages().stream().map(VillageData::code).toList();
        JsonPath times = given().contentType(ContentType.JSON).body(Map.of("roadMinutes", 0, "villageCodes", all))
                .when().put(RULE).then().statusCode(200).extract().jsonPath();
        List<String> byTime = times.getList("remote.villages.code", String.class); // farthest first
        List<Double> minutes = times.getList("remote.villages.roadMinutes", Double.class);
        int threshold = threshold(minutes);
        String nearest = byTime.getLast();
        Set<String> expected = new HashSet<>(List.of(nearest));
        for (int i = 0; i < byTime.size(); i++) {
            if (minutes.get(i) >= threshold) {
                expected.add(byTime.get(i));
            }
        }
        assertThat(expected).hasSizeGreaterThan(1).hasSizeLessThan(all.size());
        given().contentType(ContentType.JSON).body(Map.of("roadMinutes", threshold, "villageCodes", List.of(nearest)))
                .when().put(RULE).then().statusCode(200);

        String analysis = given().contentType(ContentType.JSON)
                .body("{\"date\":\"2025-06-16\",\"timeLimitSeconds\":1,\"scenarios\":[\"JOINT\"]}")
                .when().post("/api/v1/counties/" + CODE + "/analyses").then().statusCode(202)
                .body("options.reference.year", equalTo(2024)).body("options.reference.referenceFenPerParcel", equalTo(180))
                .body("options.remoteRuleSource", equalTo("COUNTY"))
                .body("options.remoteRoadSeconds", equalTo(threshold * 60)).extract().header("Location");
        String calendar = given().contentType(ContentType.JSON).body("{\"targetHours\":72,\"dayTimeLimitSeconds\":1}")
                .when().post("/api/v1/counties/" + CODE + "/calendars").then().statusCode(202).extract().header("Location");

        JsonPath records = given().queryParam("from", "2025-06-01").queryParam("to", "2025-07-01").when()
                .get("/api/v1/counties/" + CODE + "/records/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(records.getString("exemption.rule.source")).isEqualTo("COUNTY");
        assertThat(new HashSet<>(records.getList("exemption.villages.code", String.class))).isEqualTo(expected);
        JsonPath noneAsked = given().queryParam("from", "2025-06-01").queryParam("to", "2025-07-01")
                .queryParam("remoteMinutes", 0).when().get("/api/v1/counties/" + CODE + "/records/compliance").then()
                .statusCode(200).extract().jsonPath();
        assertThat(noneAsked.getString("exemption")).isNull();

        JsonPath done = PlanTestCounty.awaitEnd(analysis, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getInt("report.parity.options.reference.year")).isEqualTo(2024);
        assertThat(done.getString("report.parity.options.reference.source")).isEqualTo("2024 年调查");
        assertThat(done.getString("report.parity.options.reference.sourceDate")).isEqualTo("2024-04-01");
        List<String> parityVillages = done.getList("report.parity.villages.code", String.class);
        assertThat(new HashSet<>(done.getList("report.parity.villages.findAll { it.remote }.code", String.class)))
                .isEqualTo(only(expected, parityVillages));
        String html = given().when().get(analysis + "/report").then().statusCode(200).extract().asString();
        assertThat(html).contains("测试市Q（测试省Q），每件 1.80 元（2024 年数据）", "2024 年调查；来源日期 2024-04-01",
                "县中心车程 ≥ " + threshold + " 分钟，或名单上的 1 个村；本县的边远地区规则");

        JsonPath week = PlanTestCounty.awaitEnd(calendar, TIMEOUT);
        assertThat(week.getString("status")).as(week.getString("error")).isEqualTo("DONE");
        JsonPath compliance = given().when().get(calendar + "/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(compliance.getString("remoteRule.source")).isEqualTo("COUNTY");
        assertThat(compliance.getDouble("remoteThresholdMinutes")).isEqualTo(threshold);
        List<String> calendarVillages = compliance.getList("villages.code", String.class);
        assertThat(new HashSet<>(compliance.getList("remoteVillages", String.class)))
                .isEqualTo(only(expected, calendarVillages)).isNotEmpty();
        given().queryParam("remoteMinutes", "x").when().get(calendar + "/compliance").then().statusCode(422)
                .body("errors.field", hasItem("remoteMinutes"));

        JsonPath indicators = given().queryParam("from", "2025-06-01").queryParam("to", "2025-07-01").when()
                .get("/api/v1/counties/" + CODE + "/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(indicators.getString("delivery.remoteRule.source")).isEqualTo("COUNTY");
        assertThat(indicators.getInt("delivery.plannedRemoteVillages")).isEqualTo(only(expected, calendarVillages).size());
        assertThat(indicators.getInt("costs.referenceYear")).isEqualTo(2024);
        assertThat(indicators.getString("costs.referenceSourceDate")).isEqualTo("2024-04-01");
        String printed = given().queryParam("from", "2025-06-01").queryParam("to", "2025-07-01").queryParam("lang", "zh")
                .when().get("/api/v1/counties/" + CODE + "/indicators/report").then().statusCode(200).extract().asString();
        assertThat(printed).contains("2024 年，来源日期 2024-04-01", "距县中心车程 ≥ " + threshold + " 分钟（0 为不按车程），名单 1 个；本县规则");
    }

    /** @return a whole minute in the widest gap between the road times, at least a minute from either side */
    private static int threshold(List<Double> farthestFirst) {
        int best = -1;
        double widest = 0;
        for (int i = 1; i < farthestFirst.size() - 1; i++) {
            double high = farthestFirst.get(i - 1);
            double low = farthestFirst.get(i);
            int candidate = (int) Math.round((high + low) / 2);
            if (high - low > widest && candidate - low >= 1 && high - candidate >= 1) {
                widest = high - low;
                best = candidate;
            }
        }
        assertThat(best).as("a gap of two minutes between the villages' road times").isPositive();
        return best;
    }

    private static Set<String> only(Set<String> codes, List<String> among) {
        Set<String> kept = new HashSet<>(codes);
        kept.retainAll(new ArrayList<>(among));
        return kept;
    }
}
