package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.Test;

/**
 * Plan against record on real solves: a daily plan for a Wednesday and a weekly calendar of its week on the
 * Daming roads, and records made from them with one planned visit left out and one visit that was not planned.
 * The expected figures are worked out here from the plan's and the calendar's own documents.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PlanAgainstRecordTest {

    private static final String CODE = RoadTimeRulesTest.CODE;
    private static final LocalDate MONDAY = LocalDate.of(2025, 8, 11);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    @Test
    void plannedVisitsStandNextToRecordedOnesWithTheGapsNamed() {
        RoadTimeRulesTest.importCounty();
        long plan = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + WEDNESDAY + "\",\"timeLimitSeconds\":2}")
                .when().post("/api/v1/counties/" + CODE + "/plans").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        long calendar = given().contentType(ContentType.JSON).body("{\"weekStart\":\"" + MONDAY
                        + "\",\"dayTimeLimitSeconds\":1,\"serviceDays\":[\"MON\",\"WED\",\"FRI\"]}")
                .when().post("/api/v1/counties/" + CODE + "/calendars").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        assertThat(PlanTestCounty.awaitEnd("/api/v1/plans/" + plan, Duration.ofMinutes(3)).getString("status"))
                .isEqualTo("DONE");
        assertThat(PlanTestCounty.awaitEnd("/api/v1/calendars/" + calendar, Duration.ofMinutes(5))
                .getString("status")).isEqualTo("DONE");
        JsonPath week = given().when().get("/api/v1/calendars/" + calendar).then().statusCode(200).extract()
                .jsonPath().using(DOUBLES);
        JsonPath day = given().when().get("/api/v1/plans/" + plan + "/result").then().statusCode(200).extract()
                .jsonPath().using(DOUBLES);

        // planned: the daily plan's stops on Wednesday, the calendar's visit days on the other days
        TreeMap<String, TreeMap<LocalDate, double[]>> planned = new TreeMap<>();
        for (Map<String, Object> village : week.<Map<String, Object>>getList("result.villages")) {
            @SuppressWarnings("unchecked")
            List<String> visits = (List<String>) village.get("visitDays");
            for (String visit : visits) {
                LocalDate date = MONDAY.plusDays(DAYS.indexOf(visit));
                if (!date.equals(WEDNESDAY)) {
                    planned.computeIfAbsent((String) village.get("code"), c -> new TreeMap<>()).put(date,
                            new double[] {number(village.get("averageAgeHours")), number(village.get("worstAgeHours"))});
                }
            }
        }
        for (Map<String, Object> route : day.<Map<String, Object>>getList("routes")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> stops = (List<Map<String, Object>>) route.get("stops");
            for (Map<String, Object> stop : stops) {
                if (stop.get("kind").equals("VILLAGE_DELIVERY")) {
                    double age = number(stop.get("arrivalSeconds")) / 3600.0 - 6;
                    planned.computeIfAbsent((String) stop.get("siteCode"), c -> new TreeMap<>())
                            .merge(WEDNESDAY, new double[] {age, age}, (a, b) -> a[0] <= b[0] ? a : b);
                }
            }
        }
        assertThat(planned).hasSizeGreaterThan(2);

        // recorded: an arrival at 10:00 on every planned day but the first village's first; one unplanned visit
        String left = planned.firstKey();
        LocalDate leftDay = planned.get(left).firstKey();
        String extra = planned.lastKey();
        LocalDate extraDay = MONDAY.plusDays(6);
        assertThat(planned.get(extra)).doesNotContainKey(extraDay); // Sunday is no service day
        StringBuilder csv = new StringBuilder("waybill,carrier,villageCode,receivedAtCentre,leftCentre,arrivedAtStation\n");
        planned.forEach((village, days) -> days.keySet().forEach(date -> {
            if (!(village.equals(left) && date.equals(leftDay))) {
                csv.append(row(village, date));
            }
        }));
        csv.append(row(extra, extraDay));
        RecordUploads.stored(given().multiPart("file", "visits.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/counties/" + CODE + "/records"));

        JsonPath report = given().queryParam("from", MONDAY.toString()).queryParam("to", MONDAY.plusDays(7).toString())
                .when().get("/api/v1/counties/" + CODE + "/records/plan-comparison").then().statusCode(200)
                .extract().jsonPath().using(DOUBLES);
        long visits = planned.values().stream().mapToLong(TreeMap::size).sum();
        assertThat(report.getList("dailyPlans", Long.class)).containsExactly(plan);
        assertThat(report.getList("calendars", Long.class)).containsExactly(calendar);
        assertThat(report.getLong("plannedVisits")).isEqualTo(visits);
        assertThat(report.getLong("recordedVisits")).isEqualTo(visits);
        assertThat(report.getLong("plannedWithoutRecord")).isEqualTo(1);
        assertThat(report.getLong("recordedWithoutPlan")).isEqualTo(1);
        List<Map<String, Object>> villages = report.getList("villages");
        assertThat(villages).extracting(v -> v.get("villageCode")).containsExactlyElementsOf(planned.keySet());
        for (Map<String, Object> village : villages) {
            String code = (String) village.get("villageCode");
            TreeMap<LocalDate, double[]> expected = planned.get(code);
            assertThat(village.get("plannedDays")).as(code)
                    .isEqualTo(expected.keySet().stream().map(LocalDate::toString).toList());
            assertThat(number(village.get("plannedMeanAgeHours"))).as(code).isCloseTo(
                    expected.values().stream().mapToDouble(a -> a[0]).average().orElseThrow(), within(1e-6));
            assertThat(number(village.get("plannedWorstAgeHours"))).as(code).isCloseTo(
                    expected.values().stream().mapToDouble(a -> a[1]).max().orElseThrow(), within(1e-6));
            TreeSet<LocalDate> recorded = new TreeSet<>(expected.keySet());
            if (code.equals(left)) {
                recorded.remove(leftDay);
            }
            if (code.equals(extra)) {
                recorded.add(extraDay);
            }
            assertThat(village.get("recordedDays")).as(code)
                    .isEqualTo(recorded.stream().map(LocalDate::toString).toList());
            assertThat(number(village.get("recordedParcels"))).as(code).isEqualTo(recorded.size());
            assertThat(number(village.get("recordedMedianHours"))).as(code).isEqualTo(4.0); // 06:00 to 10:00
            assertThat(village.get("plannedWithoutRecord")).as(code)
                    .isEqualTo(code.equals(left) ? List.of(leftDay.toString()) : List.of());
            assertThat(village.get("recordedWithoutPlan")).as(code)
                    .isEqualTo(code.equals(extra) ? List.of(extraDay.toString()) : List.of());
        }

        given().queryParam("from", "2025-08-18").queryParam("to", "2025-08-11")
                .when().get("/api/v1/counties/" + CODE + "/records/plan-comparison").then().statusCode(422)
                .contentType("application/problem+json").body(containsString("to must come after from"));
    }

    private static String row(String village, LocalDate date) {
        return "PR" + village + date.toString().replace("-", "") + ",顺丰," + village + "," + date + "T06:00,"
                + date + "T07:00," + date + "T10:00\n";
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
