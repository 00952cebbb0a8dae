package org.gongpei.service.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.service.TestCounties;
import org.gongpei.service.ledger.RecordUploads;
import org.junit.jupiter.api.Test;

/** A county's programme indicators from its network and records, as JSON and as a printable page. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class IndicatorsApiTest {

    private static final String PATH = "/api/v1/counties/IND01/indicators";

    @Test
    void coverageAndDeliveryTimesAreCountedAndWhatIsMissingIsNamed() {
        given().contentType(ContentType.JSON).body(TestCounties.small("IND01")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        JsonPath before = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when().get(PATH)
                .then().statusCode(200).extract().jsonPath();
        // four villages, three with a station; the poor one has one; 2,100 and 800 residents both have one
        assertThat(before.getInt("coverage.villages")).isEqualTo(4);
        assertThat(before.getInt("coverage.stations")).isEqualTo(3);
        assertThat(before.getDouble("coverage.shareOfVillages")).isEqualTo(0.75);
        assertThat(before.getInt("coverage.poorWithStation")).isEqualTo(1);
        assertThat(before.getInt("coverage.largeVillages")).isEqualTo(2);
        assertThat(before.getInt("coverage.largeWithStation")).isEqualTo(2);
        assertThat(before.getInt("coverage.townshipsWithStation")).isEqualTo(2);
        assertThat(before.getList("missing")).containsExactly("RECORDS", "CALENDAR", "ANALYSIS");
        assertThat(before.getString("delivery.recordShareWithin")).isNull();

        RecordUploads.stored(given().multiPart("file", "june.csv", ("运单号,快递公司,村编码,冷链,县中心入库时间,县中心出库时间,"
                + "乡镇到件时间,村站到件时间,签收时间,车辆\n"
                + "I1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "I2,顺丰,130425101201,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-20 11:00,,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").when().post("/api/v1/counties/IND01/records"));
        JsonPath after = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when().get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("delivery.recordParcels")).isEqualTo(2);
        assertThat(after.getDouble("delivery.recordShareWithin")).isEqualTo(0.5); // the second took 101 h
        assertThat(after.getList("missing")).containsExactly("CALENDAR", "ANALYSIS");

        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when().get(PATH + "/report")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("测试县IND01绩效评价指标")).body(containsString("4 个中的 3 个（75.0 %）"))
                .body(containsString("2 件中 50.0 %")).body(containsString("还没有完成的情景分析"))
                .body(containsString("GongpeiCJK"));
        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").queryParam("lang", "en")
                .when().get(PATH + "/report").then().statusCode(200)
                .body(containsString("programme indicators")).body(containsString("3 of 4 (75.0 %)"));
    }

    @Test
    void aBadPeriodTargetOrLanguageIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).body(TestCounties.small("IND02")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        given().queryParam("from", "2025-06-23").queryParam("to", "2025-06-16").queryParam("targetHours", "0")
                .when().get("/api/v1/counties/IND02/indicators").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("targetHours"));
        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").queryParam("lang", "fr")
                .when().get("/api/v1/counties/IND02/indicators/report").then().statusCode(422)
                .body("errors[0].field", equalTo("lang"));
        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-23")
                .when().get("/api/v1/counties/NOPE/indicators").then().statusCode(404);
    }
}
