package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.gongpei.service.TestCounties;
import org.junit.jupiter.api.Test;

/** Record files through the API into append-only batches, refused whole when wrong, and tampering found. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class LedgerApiTest {

    private static final String HEADER = "运单号,快递公司,村编码,冷链,县中心入库时间,县中心出库时间,乡镇到件时间,村站到件时间,签收时间,车辆\n";

    @Inject
    DataSource dataSource;

    @Test
    void importsBatchesChainsThemAndNamesARowChangedWithSql() throws SQLException {
        county("L001");
        JsonPath first = RecordUploads.stored(upload("L001", "june.csv", HEADER
                + "SF1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,2025-06-16 09:00,2025-06-16 11:00,2025-06-16 12:00,冀D001\n"
                + "JD1,京东,130425101201,是,2025-06-16 06:30,2025-06-16 08:00,,2025-06-17 10:00,,冀D002\n"
                + "GX1,供销,130425100002,0,2025-06-16T06:30+08:00,2025-06-16T08:00+08:00,,2025-06-16T15:00+08:00,,\n",
                null, null));
        assertThat(first.getInt("seq")).isEqualTo(1);
        assertThat(first.getLong("rows")).isEqualTo(3);
        assertThat(first.getString("previousSha256")).isNull();
        given().when().get("/api/v1/counties/L001/records/batches/1").then().statusCode(200)
                .body("chainSha256", equalTo(first.getString("chainSha256")));
        given().when().get("/api/v1/counties/L001/records/batches/9").then().statusCode(404);
        JsonPath second = RecordUploads.stored(upload("L001", "fix.csv", HEADER
                + "JD1,京东,130425101201,是,2025-06-16 06:30,2025-06-16 08:00,2025-06-16 09:30,2025-06-16 14:00,,冀D002\n",
                null, "CORRECTION"));
        assertThat(second.getString("previousSha256")).isEqualTo(first.getString("chainSha256"));

        given().when().get("/api/v1/counties/L001/records/waybills/JD1").then().statusCode(200)
                .body("rows", hasSize(2))
                .body("rows[0].current", equalTo(false))
                .body("rows[1].current", equalTo(true))
                .body("rows[1].batchKind", equalTo("CORRECTION"))
                .body("rows[1].arrivedAtHub", notNullValue());
        given().when().get("/api/v1/counties/L001/records/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("batches", equalTo(2)).body("rows", equalTo(4))
                .body("headSha256", equalTo(second.getString("chainSha256")));

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update delivery_record set vehicle = 'X' where waybill = 'SF1'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from ledger_batch where county_code = 'L001'"))
                    .hasMessageContaining("append-only");
            // someone with the database's owner rights switches the guard off and backdates an arrival
            sql.execute("alter table delivery_record disable trigger delivery_record_append_only");
            sql.executeUpdate("update delivery_record set arrived_at_station = arrived_at_station - interval '1 day'"
                    + " where waybill = 'GX1'");
            sql.execute("alter table delivery_record enable trigger delivery_record_append_only");
        }
        given().when().get("/api/v1/counties/L001/records/verification").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("findings", hasSize(1))
                .body("findings[0].seq", equalTo(1))
                .body("findings[0].fileName", equalTo("june.csv"))
                .body("findings[0].changedRows[0].rowNumber", equalTo(4))
                .body("findings[0].changedRows[0].waybill", equalTo("GX1"))
                .body("findings[0].contentChanged", equalTo(false))
                .body("findings[0].chainBroken", equalTo(false));

        given().when().delete("/api/v1/counties/L001").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aFileWithProblemsIsRefusedWholeOrStoredWithoutItsBadRows() {
        county("L002");
        String file = HEADER
                + "A1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "A2,中通快递,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "A3,顺丰,999,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "A1,顺丰,130425100002,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "A4,顺丰,130425100002,否,2025-06-16 06:00,2025-06-16 05:00,,2025-06-16 11:00,,\n"
                + "A5,顺丰,130425100002,否,2025-06-16 06:00,2025-06-16 08:00,,2099-06-16 11:00,,\n";

        JsonPath rejection = RecordUploads.refused(upload("L002", "bad.csv", file, null, null));
        assertThat(rejection.getLong("rows")).isEqualTo(6);
        assertThat(rejection.getMap("counts")).containsEntry("UNKNOWN_CARRIER", 1).containsEntry("UNKNOWN_VILLAGE", 1)
                .containsEntry("TIMES_OUT_OF_ORDER", 1).containsEntry("TIME_IN_FUTURE", 1);
        assertThat(rejection.getList("problems.row", Integer.class)).contains(3);
        assertThat(rejection.getList("problems.file", String.class)).contains("bad.csv");
        JsonPath duplicate = RecordUploads.refused(upload("L002", "dup.csv", HEADER
                + "A1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "A1,顺丰,130425100002,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n", null, null));
        assertThat(duplicate.getMap("counts")).containsEntry("DUPLICATE_WAYBILL", 1);
        assertThat(duplicate.getInt("problems[0].row")).isEqualTo(3);
        given().when().get("/api/v1/counties/L002/records/batches").then().statusCode(200).body("$", hasSize(0));

        JsonPath stored = RecordUploads.stored(upload("L002", "bad.csv", file, "true", null));
        assertThat(stored.getLong("rows")).isEqualTo(1);
        assertThat(stored.getLong("rejectedRows")).isEqualTo(5);
        assertThat(stored.getMap("problemCounts")).containsEntry("DUPLICATE_WAYBILL", 1);
        given().when().get("/api/v1/counties/L002/records/verification").then().body("intact", equalTo(true));
        given().when().get("/api/v1/counties/L002/records/waybills/A1").then()
                .body("rows", hasSize(1)).body("rows[0].villageCode", equalTo("130425100001"));

        JsonPath unknown = RecordUploads.refused(upload("L002", "fix.csv", HEADER
                + "ZZ9,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n", null,
                "CORRECTION"));
        assertThat(unknown.getMap("counts")).containsEntry("UNKNOWN_WAYBILL", 1);
        given().when().get("/api/v1/counties/L002/records/batches").then().body("$", hasSize(1));
    }

    @Test
    void badRequestsAreNamed() {
        county("L003");
        given().multiPart("kind", "IMPORT").when().post("/api/v1/counties/L003/records").then().statusCode(400)
                .body("errors.field", hasItem("file"));
        upload("L003", "x.csv", HEADER, null, "REPLACE").then().statusCode(400).body("errors.field", hasItem("kind"));
        // refused before queueing: no data row, not UTF-8, a bad header, NUL bytes, not a workbook
        upload("L003", "empty.csv", HEADER, null, null).then().statusCode(422)
                .contentType("application/problem+json").body("rows", equalTo(0));
        upload("L003", "gbk.csv", HEADER.getBytes(java.nio.charset.Charset.forName("GBK")), null, null).then()
                .statusCode(422).body("counts.BAD_SYNTAX", equalTo(1));
        // five mandatory columns missing: carrier, village code, intake, leaving the centre, station arrival
        upload("L003", "header.csv", "waybill,village\nA1,130425100001\n", null, null).then().statusCode(422)
                .contentType("application/problem+json").body("counts.BAD_HEADER", equalTo(5));
        upload("L003", "nul.csv", (HEADER + "A1\u0000,顺丰\n"), null, null).then().statusCode(422)
                .body("counts.BAD_SYNTAX", equalTo(1)).body("problems[0].value", containsString("NUL"));
        upload("L003", "book.xlsx", HEADER + "A1,顺丰\n", null, null).then().statusCode(422)
                .body("counts.BAD_SYNTAX", equalTo(1));
        given().when().get("/api/v1/record-imports/999999").then().statusCode(404)
                .contentType("application/problem+json");
        upload("NOPE", "x.csv", HEADER, null, null).then().statusCode(404);
        given().when().get("/api/v1/counties/NOPE/records/verification").then().statusCode(404);
        given().when().get("/api/v1/counties/L003/records/waybills/NONE").then().statusCode(404);
        given().contentType(ContentType.JSON).body(List.of("顺丰", "中通", "邮政")).when()
                .put("/api/v1/counties/L003/carriers").then().statusCode(200).body("$", hasSize(3));
        given().when().get("/api/v1/counties/L003/carriers").then().body("$", hasItem("邮政"));
        given().contentType(ContentType.JSON).body(List.of("")).when()
                .put("/api/v1/counties/L003/carriers").then().statusCode(422);
        given().when().get("/api/v1/counties/L003/records/batches").then().body("$", hasSize(0));
    }

    private static io.restassured.response.Response upload(String county, String name, String content,
            String acceptValid, String kind) {
        return upload(county, name, content.getBytes(StandardCharsets.UTF_8), acceptValid, kind);
    }

    private static io.restassured.response.Response upload(String county, String name, byte[] content,
            String acceptValid, String kind) {
        var request = given().multiPart("file", name, content, "text/csv");
        if (acceptValid != null) {
            request = request.multiPart("acceptValid", acceptValid);
        }
        if (kind != null) {
            request = request.multiPart("kind", kind);
        }
        return request.when().post("/api/v1/counties/" + county + "/records");
    }

    private static void county(String code) {
        given().contentType(ContentType.JSON).body(TestCounties.small(code)).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
    }
}
