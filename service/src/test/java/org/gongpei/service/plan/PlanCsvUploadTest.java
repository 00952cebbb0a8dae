package org.gongpei.service.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.DATE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.DayDemand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Daily plans with demand uploaded as CSV in the datasets' layout: read all or nothing. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PlanCsvUploadTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    private CountyNetworkData county;

    @BeforeEach
    void county() {
        county = PlanTestCounty.ensureImported();
    }

    @Test
    void uploadedDemandIsPlannedAndRowsOfOtherDaysAreIgnored() {
        DayDemand day = DayDemand.generated(county, LocalDate.parse(DATE), 7);
        DayDemand next = DayDemand.generated(county, LocalDate.parse(DATE).plusDays(1), 7);
        List<DownParcels> down = new ArrayList<>(day.down());
        down.addAll(next.down());
        List<UpShipment> up = new ArrayList<>(day.up());
        up.addAll(next.up());
        String downCsv = DemandCsv.downCsv(down) + "2025-06-18,999999999999,1,0,0,0,0,0,1,0,0.01,1.0\n";

        JsonPath accepted = upload(downCsv, DemandCsv.upCsv(up), "3")
                .statusCode(202)
                .body("demandSource", equalTo("UPLOADED"))
                .body("date", equalTo(DATE))
                .extract().jsonPath();
        JsonPath end = PlanTestCounty.awaitEnd(accepted.getLong("id"), Duration.ofMinutes(3));
        assertThat(end.getString("status")).as(end.getString("error")).isEqualTo("DONE");
        int parcels = day.down().stream().mapToInt(DownParcels::parcels).sum();
        JsonPath result = given().when().get("/api/v1/plans/" + accepted.getLong("id") + "/result")
                .then().statusCode(200).extract().jsonPath();
        int unserved = result.getList("unserved.parcels", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertThat(result.getInt("totals.parcelsDelivered") + unserved).isEqualTo(parcels);
    }

    @Test
    void anUnknownVillageCodeIsNamedWithItsRow() {
        int before = PlanApiTest.plansOfCounty();
        String known = county.villages().get(0).code();
        String csv = DemandCsv.DOWN_HEADER + "\n"
                + DATE + "," + known + ",1,2,0,0,0,0,3,0,0.03,4.5\n"
                + DATE + ",130425999999,1,0,0,0,0,0,1,0,0.01,1.0\n";
        upload(csv, null, null).statusCode(422).contentType("application/problem+json")
                .body("errors.size()", equalTo(1))
                .body("errors[0].location", equalTo("down.csv row 3"))
                .body("errors[0].field", equalTo("villageCode"))
                .body("errors[0].message", containsString("130425999999"));
        assertThat(PlanApiTest.plansOfCounty()).isEqualTo(before);
    }

    @Test
    void everyFormatProblemIsListed() {
        int before = PlanApiTest.plansOfCounty();
        String known = county.villages().get(0).code();
        String csv = DemandCsv.DOWN_HEADER + "\n"
                + DATE + "," + known + ",1,-3,0,0,0,0,-2,0,0.03,4.5\n"
                + "2025-06-99," + known + ",1,0,0,0,0,0,1,0,0.01,1.0\n";
        upload(csv, null, null).statusCode(422).contentType("application/problem+json")
                .body("errors.location", hasItem("down.csv row 2"))
                .body("errors.field", hasItem("zto"))
                .body("errors.location", hasItem("down.csv row 3"))
                .body("errors.field", hasItem("date"));
        assertThat(PlanApiTest.plansOfCounty()).isEqualTo(before);
    }

    @Test
    void badFormFieldsAndAMissingFileAreRefused() {
        String csv = DemandCsv.DOWN_HEADER + "\n";
        given().multiPart("date", "16.06.2025").multiPart("down", "down.csv", csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/counties/" + CODE + "/plans/csv")
                .then().statusCode(400).body("errors.field", hasItem("date"));
        given().multiPart("date", DATE)
                .when().post("/api/v1/counties/" + CODE + "/plans/csv")
                .then().statusCode(400).body("errors.field", hasItem("down"));
        upload(csv, null, "0").statusCode(422).body("errors.field", hasItem("timeLimitSeconds"));
        upload(csv, null, null).statusCode(422).body("errors[0].message", containsString("no row"));
    }

    @Test
    void anOversizedUploadIsRefusedWith413BeforeItIsRead() throws Exception {
        long announced = 21L * 1024 * 1024;
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/counties/" + CODE + "/plans/csv HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + announced + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(200);
            assertThat(new String(answer, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json");
        }
    }

    private static ValidatableResponse upload(String downCsv, String upCsv, String limit) {
        var request = given().multiPart("date", DATE)
                .multiPart("down", "down.csv", downCsv.getBytes(StandardCharsets.UTF_8), "text/csv");
        if (upCsv != null) {
            request = request.multiPart("up", "up.csv", upCsv.getBytes(StandardCharsets.UTF_8), "text/csv");
        }
        if (limit != null) {
            request = request.multiPart("timeLimitSeconds", limit);
        }
        return request.when().post("/api/v1/counties/" + CODE + "/plans/csv").then();
    }
}
