package org.gongpei.service.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Weekly calendars through the API: a Daming subset on its roads, planned by the real planners. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CalendarApiTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @BeforeEach
    void county() {
        PlanTestCounty.ensureImported();
    }

    @Test
    void aSundayOffCalendarMeetsSeventyTwoHoursWithItsComplianceReport() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"targetHours\":72,\"serviceDays\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\"],"
                        + "\"dayTimeLimitSeconds\":1}")
                .when().post("/api/v1/counties/" + CODE + "/calendars")
                .then().statusCode(202).body("status", anyOf(equalTo("QUEUED"), equalTo("SOLVING")))
                .body("request.targetHours", equalTo(72))
                .extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");

        List<Map<String, Object>> villages = done.getList("result.villages");
        assertThat(villages).isNotEmpty();
        assertThat(done.getList("result.serviceDays", String.class)).doesNotContain("SUN");
        assertThat(done.getList("result.villages.visitDays.flatten()", String.class)).doesNotContain("SUN");
        assertThat(done.getList("result.villages.withinTarget", Boolean.class)).containsOnly(true);
        assertThat(done.getList("result.villages.worstAgeHours", Float.class)).allSatisfy(hours -> assertThat(hours)
                .isLessThanOrEqualTo(72f));
        assertThat(done.getList("result.days.day", String.class)).doesNotContain("SUN");
        assertThat(done.getDouble("result.weeklyCostYuan")).isPositive();

        long id = done.getLong("id");
        // 0 minutes is no time rule: a hundredth of a minute makes every village remote
        JsonPath compliance = given().queryParam("remoteMinutes", 0.01).when()
                .get("/api/v1/calendars/" + id + "/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(compliance.getDouble("shareOfVillagesWithin")).isEqualTo(1.0);
        assertThat(compliance.getDouble("shareOfParcelsWithin")).isEqualTo(1.0);
        assertThat(compliance.getList("remoteVillages")).hasSize(villages.size());
        assertThat(compliance.getList("townships")).isNotEmpty();
        JsonPath noneRemote = given().queryParam("remoteMinutes", 10_000).when()
                .get("/api/v1/calendars/" + id + "/compliance").then().statusCode(200).extract().jsonPath();
        assertThat(noneRemote.getList("remoteVillages")).isEmpty();

        // the workbook: the schedule per village and day and the compliance per township, as the JSON has them
        byte[] workbook = given().queryParam("remoteMinutes", 0).when().get("/api/v1/calendars/" + id + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet schedule = book.getSheet("各村日程");
            List<String> header = cells(schedule.getRow(0));
            assertThat(header).startsWith("村编码", "村名", "乡镇编码", "周一").doesNotContain("周日");
            assertThat(schedule.getLastRowNum()).isEqualTo(villages.size());
            List<String> firstDays = done.getList("result.villages[0].visitDays", String.class);
            assertThat(schedule.getRow(1).getCell(header.indexOf("周一")).getStringCellValue())
                    .isEqualTo(firstDays.contains("MON") ? "配送" : "");
            Sheet townships = book.getSheet("乡镇达标");
            assertThat(townships.getLastRowNum()).isEqualTo(compliance.getList("townships").size());
            assertThat(townships.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(townships.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(book.getSheet("每日路线").getLastRowNum()).isEqualTo(done.getList("result.days").size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        given().queryParam("lang", "en").when().get("/api/v1/calendars/" + id + "/export.xlsx").then().statusCode(200);
        given().queryParam("lang", "fr").when().get("/api/v1/calendars/" + id + "/export.xlsx").then().statusCode(422);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    @Test
    void theTargetCostComparisonHasARowPerTarget() {
        String location = given().contentType(ContentType.JSON).body("{\"dayTimeLimitSeconds\":1}")
                .when().post("/api/v1/counties/" + CODE + "/target-costs")
                .then().statusCode(202).extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(location, TIMEOUT);
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getList("result.plan", String.class)).containsExactly("every village daily", "24 h", "48 h", "72 h");
        List<Integer> visits = done.getList("result.visitsPerWeek", Integer.class);
        assertThat(visits.get(3)).isLessThan(visits.get(0));
        assertThat(done.getList("result.weeklyCostYuan", Float.class)).allSatisfy(cost -> assertThat(cost).isPositive());
        assertThat(done.getList("result.lateVillages", Integer.class).subList(1, 4)).containsOnly(0);

        byte[] workbook = given().queryParam("lang", "en").when()
                .get(location.substring(location.indexOf("/api/")) + "/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet curve = book.getSheet("Cost by target");
            assertThat(cells(curve.getRow(0))).startsWith("Plan", "Delivery-time target (h)");
            assertThat(curve.getLastRowNum()).isEqualTo(4);
            assertThat(curve.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Every village daily");
            assertThat(curve.getRow(4).getCell(3).getNumericCellValue())
                    .isCloseTo(done.getDouble("result[3].weeklyCostYuan"), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(curve.getRow(4).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"targetHours\":0}")
                .when().post("/api/v1/counties/" + CODE + "/calendars")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("targetHours"));
        given().contentType(ContentType.JSON).body("{\"targetHours\":\"soon\"}")
                .when().post("/api/v1/counties/" + CODE + "/calendars")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"serviceDays\":[]}")
                .when().post("/api/v1/counties/" + CODE + "/calendars")
                .then().statusCode(422).body("errors[0].field", equalTo("serviceDays"));
        given().contentType(ContentType.JSON).body("{\"serviceDays\":[\"MON\",\"Funday\"]}")
                .when().post("/api/v1/counties/" + CODE + "/target-costs")
                .then().statusCode(422).body("errors[0].message", containsString("Funday"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/counties/NOPE/calendars")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/calendars/987654").then().statusCode(404);
        given().when().get("/api/v1/target-costs/987654").then().statusCode(404);
    }
}
