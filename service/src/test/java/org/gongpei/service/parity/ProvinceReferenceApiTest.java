package org.gongpei.service.parity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Province references through the API: entered, replaced, imported, deleted, and every bad value refused by name. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ProvinceReferenceApiTest {

    private static final String PROVINCE = "测试省R";
    private static final String PATH = "/api/v1/province-references/{province}/{year}";

    @Test
    void aReferenceIsCreatedReplacedListedAndDeleted() {
        put(2023, body("测试市R", "1.5", "2023 年城市快递末端派费调查", "2023-05-01")).statusCode(201)
                .body("yuanPerParcel", equalTo(1.5f)).body("fenPerParcel", equalTo(150)).body("year", equalTo(2023));
        put(2023, body("测试市R", "1.62", "2023 年调查（修订）", "2023-06-30")).statusCode(200)
                .body("fenPerParcel", equalTo(162)).body("enteredBy", equalTo("admin"));

        JsonPath listed = given().queryParam("province", PROVINCE).when().get("/api/v1/province-references").then()
                .statusCode(200).extract().jsonPath();
        assertThat(listed.getList("year", Integer.class)).containsExactly(2023);
        assertThat(listed.getString("[0].source")).isEqualTo("2023 年调查（修订）");
        assertThat(listed.getString("[0].sourceDate")).isEqualTo("2023-06-30");
        assertThat(listed.getString("[0].capital")).isEqualTo("测试市R");

        given().when().delete(PATH, PROVINCE, 2023).then().statusCode(204);
        given().when().delete(PATH, PROVINCE, 2023).then().statusCode(404);
        assertThat(given().queryParam("province", PROVINCE).when().get("/api/v1/province-references").then()
                .statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void theSeededAssumptionIsListedWithItsSourceCode() {
        JsonPath hebei = given().queryParam("province", "河北省").when().get("/api/v1/province-references").then()
                .statusCode(200).extract().jsonPath();
        assertThat(hebei.getList("year", Integer.class)).contains(2025);
        assertThat(hebei.getList("sourceCode", String.class)).contains("ASSUMED_URBAN_FEE");
        assertThat(hebei.getList("fenPerParcel", Integer.class)).contains(120);
    }

    @Test
    void everyBadValueIsRefusedByNameWithACode() {
        String future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
        refused(put(2024, "{\"capital\":\"测试市R\",\"yuanPerParcel\":\"abc\",\"source\":\"s\",\"sourceDate\":\"2024-01-01\"}"),
                "yuanPerParcel", "notANumber");
        refused(put(2024, "{\"capital\":\"测试市R\",\"yuanPerParcel\":true,\"source\":\"s\",\"sourceDate\":\"2024-01-01\"}"),
                "yuanPerParcel", "notANumber");
        refused(put(2024, body("测试市R", "0", "s", "2024-01-01")), "yuanPerParcel", "priceOutOfRange");
        refused(put(2024, body("测试市R", "100.01", "s", "2024-01-01")), "yuanPerParcel", "priceOutOfRange");
        refused(put(2024, body("测试市R", "1e400", "s", "2024-01-01")), "yuanPerParcel", "priceOutOfRange");
        refused(put(2024, body("测试市R", "0.001", "s", "2024-01-01")), "yuanPerParcel", "priceOutOfRange");
        refused(put(1999, body("测试市R", "1.2", "s", "2024-01-01")), "year", "yearOutOfRange");
        refused(put(2101, body("测试市R", "1.2", "s", "2024-01-01")), "year", "yearOutOfRange");
        refused(put(2024, body(" ", "1.2", "s", "2024-01-01")), "capital", "blank");
        refused(put(2024, body("测试市R", "1.2", "", "2024-01-01")), "source", "blank");
        refused(put(2024, body("测试市R", "1.2", "s", future)), "sourceDate", "futureDate");
        refused(put(2024, body("测试市R", "1.2", "s", "2024-02-30")), "sourceDate", "notADate");
        refused(put(2024, "{\"capital\":\"测试\\u0000市\",\"yuanPerParcel\":1.2,\"source\":\"s\",\"sourceDate\":\"2024-01-01\"}"),
                "capital", "controlCharacter");
        refused(put(2024, "{\"capital\":\"测试市R\",\"yuanPerParcel\":1.2,\"source\":\"a\\u0000b\",\"sourceDate\":\"2024-01-01\"}"),
                "source", "controlCharacter");
        given().contentType(ContentType.JSON).body("{\"capital\":\"测试市R\",\"yuanPerParcel\":1.2,\"source\":\"s\","
                + "\"sourceDate\":\"2024-01-01\"}").when().put(PATH, PROVINCE, "twenty").then().statusCode(422)
                .body("errors.field", hasItem("year"));
        assertThat(given().queryParam("province", PROVINCE).when().get("/api/v1/province-references").then()
                .statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void aCsvFileIsTakenWholeOrNotAtAll() {
        String province = "测试省C";
        String good = "province,capital,year,yuanPerParcel,source,sourceDate\n"
                + province + ",测试市C,2022,1.10,\"2022 年调查, 第一版\",2022-04-01\n"
                + province + ",测试市C,2024,1.35,2024 年调查,2024-03-15\n";
        given().contentType("text/csv").body(good.getBytes(StandardCharsets.UTF_8)).when()
                .post("/api/v1/province-references/csv").then().statusCode(200).body("rows", equalTo(2))
                .body("created", equalTo(2));
        JsonPath listed = given().queryParam("province", province).when().get("/api/v1/province-references").then()
                .statusCode(200).extract().jsonPath();
        assertThat(listed.getList("fenPerParcel", Integer.class)).containsExactly(110, 135);
        assertThat(listed.getString("[0].source")).isEqualTo("2022 年调查, 第一版");

        String bad = "province,capital,year,yuanPerParcel,source,sourceDate\n"
                + province + ",测试市C,2022,2.00,replaced?,2022-04-01\n"
                + province + ",测试市C,2023,x,a\u0000b,2023-01-01\n"
                + province + ",测试市C,1990,1.0,s,2023-01-01\n"
                + province + ",测试市C,2022,1.0,s,2022-01-01\n";
        JsonPath refused = given().contentType("text/csv").body(bad.getBytes(StandardCharsets.UTF_8)).when()
                .post("/api/v1/province-references/csv").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(refused.getList("errors.collect { it.location + ' ' + it.field + ' ' + it.code }", String.class))
                .containsExactlyInAnyOrder("references.csv row 3 yuanPerParcel notANumber",
                        "references.csv row 3 source controlCharacter", "references.csv row 4 year yearOutOfRange",
                        "references.csv row 5 year duplicate");
        assertThat(given().queryParam("province", province).when().get("/api/v1/province-references").then()
                .extract().jsonPath().getList("fenPerParcel", Integer.class)).containsExactly(110, 135);

        given().multiPart("file", "refs.csv", (province + ",测试市C\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/province-references/csv").then().statusCode(422)
                .body("errors.code", hasItem("csvSyntax"));
        given().multiPart("file", "refs.csv", ("province,capital,year,yuanPerParcel,source,sourceDate\n" + province
                + ",测试市C,2024,1.40,2024 年调查（修订）,2024-05-01\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/province-references/csv").then().statusCode(200).body("replaced", equalTo(1));
        byte[] huge = ("province,capital,year,yuanPerParcel,source,sourceDate\n"
                + (province + ",测试市C,2024,1.40,s,2024-05-01\n").repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        given().contentType("text/csv").body(huge).when().post("/api/v1/province-references/csv").then()
                .statusCode(422).body("errors.code", hasItem("fileTooLarge"));
        assertThat(given().queryParam("province", province).when().get("/api/v1/province-references").then()
                .extract().jsonPath().getList("fenPerParcel", Integer.class)).containsExactly(110, 140);
    }

    private static ValidatableResponse put(int year, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(PATH, PROVINCE, year).then();
    }

    private static String body(String capital, String yuan, String source, String sourceDate) {
        return "{\"capital\":\"" + capital + "\",\"yuanPerParcel\":" + yuan + ",\"source\":\"" + source
                + "\",\"sourceDate\":\"" + sourceDate + "\"}";
    }

    private static void refused(ValidatableResponse response, String field, String code) {
        JsonPath problem = response.statusCode(422).contentType("application/problem+json").extract().jsonPath();
        List<String> named = problem.getList("errors.collect { it.field + ' ' + it.code }", String.class);
        assertThat(named).as(problem.prettify()).contains(field + " " + code);
    }
}
