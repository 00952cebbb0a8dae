package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.gongpei.service.TestCounties;
import org.junit.jupiter.api.Test;

/** Each integrity rule finds the rows made to break it, and nothing in the clean rows. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class IntegrityChecksTest {

    private static final String HEADER = "waybill,carrier,villageCode,receivedAtCentre,leftCentre,arrivedAtStation,"
            + "signedAt,vehicle\n";
    private static final String[] VILLAGES = {"130425100001", "130425100002", "130425101201"};

    @Inject
    DataSource dataSource;

    @Test
    void eachRuleFindsItsRowsAndOnlyThem() throws SQLException {
        given().contentType(ContentType.JSON).body(TestCounties.small("L020")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        StringBuilder first = new StringBuilder(HEADER);
        for (int i = 0; i < 20; i++) { // clean: daytime, one parcel a minute per vehicle
            first.append("C").append(i).append(",顺丰,").append(VILLAGES[i % 3]).append(",2025-06-16T06:00,")
                    .append("2025-06-16T08:00,2025-06-16T1").append(i % 8).append(":00,2025-06-16T1").append(i % 8)
                    .append(":").append(String.format("%02d", 10 + i)).append(",冀D0").append(i % 4).append('\n');
        }
        for (int i = 0; i < 12; i++) { // 12 parcels of 3 villages signed at 15:42 on one vehicle
            first.append("B").append(i).append(",中通,").append(VILLAGES[i % 3])
                    .append(",2025-06-16T06:00,2025-06-16T08:00,2025-06-16T15:00,2025-06-16T15:42:").append(10 + i)
                    .append(",冀D99\n");
        }
        first.append("N1,京东,130425101201,2025-06-16T06:00,2025-06-16T08:00,2025-06-16T23:30,,冀D05\n");
        first.append("D1,京东,130425100002,2025-06-16T06:00,2025-06-16T08:00,2025-06-16T12:00,,冀D06\n");
        upload(first.toString());
        upload(HEADER + "D1,京东,130425100002,2025-06-16T06:00,2025-06-16T08:00,2025-06-16T12:30,,冀D06\n");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("alter table delivery_record disable trigger delivery_record_append_only");
            sql.executeUpdate("update delivery_record set signed_at = arrived_at_station - interval '2 hours'"
                    + " where waybill = 'C3'");
            sql.execute("alter table delivery_record enable trigger delivery_record_append_only");
        }

        JsonPath report = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17")
                .when().get("/api/v1/counties/L020/records/integrity").then().statusCode(200).extract().jsonPath();

        assertThat(count(report, "SIGNED_BEFORE_ARRIVAL")).isEqualTo(1);
        assertThat(report.getList("rules.find { it.rule == 'SIGNED_BEFORE_ARRIVAL' }.findings[0].waybills"))
                .containsExactly("C3");
        assertThat(count(report, "WAYBILL_IN_TWO_BATCHES")).isEqualTo(1);
        assertThat(report.getString("rules.find { it.rule == 'WAYBILL_IN_TWO_BATCHES' }.findings[0].detail"))
                .contains("2 import batches");
        assertThat(count(report, "BULK_SIGN_OFF")).isEqualTo(1);
        assertThat(report.getString("rules.find { it.rule == 'BULK_SIGN_OFF' }.findings[0].vehicle")).isEqualTo("冀D99");
        assertThat(report.getList("rules.find { it.rule == 'BULK_SIGN_OFF' }.findings[0].waybills")).hasSize(12);
        assertThat(count(report, "NIGHT_TIME")).isEqualTo(1);
        assertThat(report.getList("rules.find { it.rule == 'NIGHT_TIME' }.findings[0].waybills")).containsExactly("N1");
        assertThat(report.getBoolean("rules.find { it.rule == 'VEHICLE_FASTER_THAN_ROAD' }.run")).isFalse();
        assertThat(report.getString("rules.find { it.rule == 'FASTER_THAN_ROAD_FROM_CENTRE' }.note"))
                .isEqualTo("not run: county L020 has no road network");
        assertThat(report.getString("rules.find { it.rule == 'FASTER_THAN_ROAD_FROM_CENTRE' }.noteCode"))
                .isEqualTo("noRoadNetwork");
        List<Map<String, Object>> villages = report.getList("villages");
        assertThat(villages).extracting(v -> v.get("villageCode"))
                .containsExactlyInAnyOrder("130425100001", "130425100002", "130425101201");
        // 130425101201 has the night arrival and a share of the bulk sign-off; the others one finding less or equal
        assertThat(((Number) villages.get(0).get("findings")).longValue())
                .isGreaterThanOrEqualTo(((Number) villages.get(2).get("findings")).longValue());

        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17").queryParam("bulkMinParcels", "13")
                .when().get("/api/v1/counties/L020/records/integrity").then().statusCode(200)
                .body("rules.find { it.rule == 'BULK_SIGN_OFF' }.count", equalTo(0));
        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17").queryParam("nightStart", "late")
                .when().get("/api/v1/counties/L020/records/integrity").then().statusCode(422)
                .body("errors.field", hasItem("nightStart"));
    }

    private static int count(JsonPath report, String rule) {
        return report.getInt("rules.find { it.rule == '" + rule + "' }.count");
    }

    private static void upload(String content) {
        RecordUploads.stored(given().multiPart("file", "records.csv", content.getBytes(StandardCharsets.UTF_8),
                "text/csv").when().post("/api/v1/counties/L020/records"));
    }
}
