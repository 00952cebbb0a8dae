package org.gongpei.service.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calendars and target-cost comparisons on a demand week uploaded as CSV: read all or nothing, stored with the job. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CalendarCsvUploadTest {

    private static final LocalDate MONDAY = LocalDate.parse("2025-06-16");
    private static final String UNKNOWN = "130425999999";

    @Inject
    StoredCalendarRepository stored;

    private CountyNetworkData county;

    @BeforeEach
    void county() {
        county = PlanTestCounty.ensureImported();
    }

    @Test
    void aCalendarIsPlannedOnTheUploadedWeekOnly() {
        List<String> codes = county.villages().stream().limit(3).map(VillageData::code).toList();
        StringBuilder down = new StringBuilder(DemandCsv.DOWN_HEADER).append('\n');
        for (int day = 0; day < 7; day++) {
            for (String code : codes) {
                down.append(row(MONDAY.plusDays(day), code, 5));
            }
        }
        down.append(row(MONDAY.minusDays(1), county.villages().get(3).code(), 4));
        down.append(row(MONDAY.plusDays(7), UNKNOWN, 4));

        String location = form(down.toString()).multiPart("targetHours", "168").multiPart("serviceDays", "MON,THU")
                .multiPart("dayTimeLimitSeconds", "1")
                .when().post("/api/v1/counties/" + CODE + "/calendars")
                .then().statusCode(202).body("demandSource", equalTo("UPLOADED"))
                .body("request.weekStart", equalTo(MONDAY.toString())).body("request.demandSeed", nullValue())
                .body("request.serviceDays", equalTo(List.of("MON", "THU")))
                .extract().header("Location");
        JsonPath done = PlanTestCounty.awaitEnd(location, Duration.ofMinutes(3));
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getString("demandSource")).isEqualTo("UPLOADED");
        assertThat(done.getList("result.villages.code", String.class)).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(done.getList("result.villages.parcels", Integer.class)).containsOnly(35);
        assertThat(done.getList("result.days.day", String.class)).containsExactly("MON", "THU");
    }

    @Test
    void anUnknownVillageOfTheWeekIsNamedAndNothingIsStored() {
        long before = jobs();
        String known = county.villages().get(0).code();
        String down = DemandCsv.DOWN_HEADER + "\n" + row(MONDAY, known, 5) + row(MONDAY.plusDays(2), UNKNOWN, 2);
        for (String path : List.of("calendars", "target-costs")) {
            form(down).when().post("/api/v1/counties/" + CODE + "/" + path)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].location", equalTo("down.csv row 3"))
                    .body("errors[0].field", equalTo("villageCode"))
                    .body("errors[0].message", containsString(UNKNOWN));
        }
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void badFormsAreRefusedNamingTheProblem() {
        long before = jobs();
        String known = county.villages().get(0).code();
        String down = DemandCsv.DOWN_HEADER + "\n" + row(MONDAY.plusDays(1), known, 5);
        String url = "/api/v1/counties/" + CODE + "/calendars";
        given().multiPart("weekStart", "2025-06-17").multiPart("down", "down.csv", bytes(down), "text/csv")
                .when().post(url).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].location", equalTo("form")).body("errors[0].field", equalTo("weekStart"))
                .body("errors[0].message", containsString("Monday"));
        given().multiPart("down", "down.csv", bytes(down), "text/csv")
                .when().post(url).then().statusCode(400).body("errors.field", hasItem("weekStart"));
        form(down).multiPart("serviceDays", "").when().post(url)
                .then().statusCode(422).body("errors.field", hasItem("serviceDays"));
        form(down).multiPart("targetHours", "soon").when().post(url)
                .then().statusCode(400).body("errors.field", hasItem("targetHours"));
        given().multiPart("weekStart", MONDAY.toString()).when().post(url)
                .then().statusCode(400).body("errors.field", hasItem("down"));
        form(DemandCsv.DOWN_HEADER + "\n" + MONDAY + "," + known + ",1,-3,0,0,0,0,-2,0,0.03,4.5\n").when().post(url)
                .then().statusCode(422).body("errors.location", hasItem("down.csv row 2")).body("errors.field", hasItem("zto"));
        form(DemandCsv.DOWN_HEADER + "\n" + row(MONDAY.plusDays(7), known, 5)).when().post(url)
                .then().statusCode(422).body("errors[0].message", containsString("no row"));
        assertThat(jobs()).isEqualTo(before);
    }

    private static String row(LocalDate date, String village, int parcels) {
        return date + "," + village + ",2," + (parcels - 2) + ",0,0,0,0," + parcels + ",0,0.05,7.5\n";
    }

    private static RequestSpecification form(String downCsv) {
        return given().multiPart("weekStart", MONDAY.toString()).multiPart("down", "down.csv", bytes(downCsv), "text/csv");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long jobs() {
        return QuarkusTransaction.requiringNew().call(stored::count);
    }
}
