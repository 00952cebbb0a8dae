package org.gongpei.service.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.TestCounties;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.CreatedUser;
import org.gongpei.service.account.PasswordChange;
import org.gongpei.service.account.Roles;
import org.gongpei.service.account.UserRequest;
import org.gongpei.service.ledger.RecordUploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A province's counties side by side: two counties of a province of their own, one with delivery records; an
 * account scoped to one of them sees that one only; the same as workbooks, opened with POI.
 */
@QuarkusTest
class ProvinceIndicatorsApiTest {

    static final String PROVINCE = "测试省PRV";
    static final String FIRST = "PRV01";
    static final String SECOND = "PRV02";
    static final String PATH = "/api/v1/provinces/{province}/indicators";

    @Inject
    Accounts accounts;

    static String admin;
    static String scoped;

    @BeforeEach
    void prepare() {
        if (admin != null) {
            return;
        }
        admin = token("prv.admin", Roles.ADMIN, List.of());
        scoped = token("prv.bureau", Roles.BUREAU, List.of(FIRST));
        for (String code : List.of(FIRST, SECOND)) {
            as(admin).contentType(ContentType.JSON).body(inProvince(code)).queryParam("replace", true)
                    .when().post("/api/v1/counties").then().statusCode(201);
        }
        // the upload's job is followed with the test's default request, which is the admin's here
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + admin).build();
        try {
            RecordUploads.stored(given().multiPart("file", "june.csv", ("运单号,快递公司,村编码,冷链,县中心入库时间,县中心出库时间,"
                + "乡镇到件时间,村站到件时间,签收时间,车辆\n"
                + "P1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n"
                + "P2,顺丰,130425100002,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 12:00,,\n"
                + "P3,顺丰,130425101201,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 13:00,,\n"
                + "P4,顺丰,130425101201,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-20 11:00,,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").when().post("/api/v1/counties/" + FIRST + "/records"));
        } finally {
            RestAssured.requestSpecification = null;
        }
    }

    @Test
    void theProvinceShowsItsCountiesSideBySideWithTotals() {
        List<Map<String, Object>> provinces = as(admin).when().get("/api/v1/provinces").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.name == '" + PROVINCE + "' }");
        assertThat(provinces).hasSize(1);
        assertThat(JsonPath.from(as(admin).when().get("/api/v1/provinces").asString())
                .getList("find { it.name == '" + PROVINCE + "' }.counties.code")).containsExactly(FIRST, SECOND);

        JsonPath view = indicators(as(admin)).then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("province")).isEqualTo(PROVINCE);
        assertThat(view.getList("counties.countyCode")).containsExactly(FIRST, SECOND);
        // each county as its own indicators say, computed once by the same service
        JsonPath first = as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23")
                .when().get("/api/v1/counties/" + FIRST + "/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(view.getMap("counties[0].coverage")).isEqualTo(first.getMap("coverage"));
        assertThat(view.getMap("counties[0].delivery")).isEqualTo(first.getMap("delivery"));
        // two counties of four villages, three with a station each; four parcels in the first, three within 72 h
        assertThat(view.getInt("totals.counties")).isEqualTo(2);
        assertThat(view.getInt("totals.villages")).isEqualTo(8);
        assertThat(view.getInt("totals.stations")).isEqualTo(6);
        assertThat(view.getDouble("totals.shareOfVillages")).isEqualTo(0.75);
        assertThat(view.getInt("totals.townshipsWithStation")).isEqualTo(4);
        assertThat(view.getLong("totals.recordParcels")).isEqualTo(4);
        assertThat(view.getDouble("totals.recordShareWithin")).isEqualTo(0.75);
        assertThat(view.getString("totals.medianCostPerParcelYuan")).isNull(); // no analysis in either county
        assertThat(view.getList("counties[1].missing")).contains("RECORDS", "ANALYSIS");
    }

    @Test
    void anAccountScopedToOneCountySeesThatCountyOnly() {
        JsonPath provinces = JsonPath.from(as(scoped).when().get("/api/v1/provinces").then().statusCode(200)
                .extract().asString());
        assertThat(provinces.getList("name")).containsExactly(PROVINCE);
        assertThat(provinces.getList("[0].counties.code")).containsExactly(FIRST);
        JsonPath view = indicators(as(scoped)).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("counties.countyCode")).containsExactly(FIRST);
        assertThat(view.getInt("totals.villages")).isEqualTo(4);
        as(scoped).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when()
                .get(PATH, "河北省").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("PROVINCE_NOT_FOUND"));
        String contractor = token("prv.contractor", Roles.CONTRACTOR, List.of(FIRST));
        indicators(as(contractor)).then().statusCode(403);
    }

    @Test
    void badDatesAndAnUnknownProvinceAreRefused() {
        as(admin).queryParam("from", "2025-06-23").queryParam("to", "2025-06-16").queryParam("targetHours", "0")
                .when().get(PATH, PROVINCE).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("targetHours")).body("errors.field", hasItem("to"));
        as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").queryParam("lang", "fr")
                .when().get(PATH + "/export.xlsx", PROVINCE).then().statusCode(422)
                .body("errors[0].field", equalTo("lang"));
        as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23")
                .when().get(PATH, "无此省").then().statusCode(404).body("code", equalTo("PROVINCE_NOT_FOUND"));
        as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23")
                .when().get(PATH + "/export.xlsx", "无此省").then().statusCode(404);
    }

    @Test
    void theProvinceWorkbookHasOneRowPerCountyWithChineseOrEnglishHeaders() throws Exception {
        JsonPath view = indicators(as(admin)).then().statusCode(200).extract().jsonPath();
        byte[] zh = as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when()
                .get(PATH + "/export.xlsx", PROVINCE).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("概要");
            Sheet counties = workbook.getSheet("各县");
            List<String> header = cells(counties.getRow(0));
            assertThat(header).startsWith("县代码", "县名", "行政村", "有服务站的村", "行政村覆盖率");
            assertThat(counties.getLastRowNum()).isEqualTo(view.getList("counties").size());
            assertThat(counties.getRow(1).getCell(0).getStringCellValue()).isEqualTo(FIRST);
            Cell share = counties.getRow(1).getCell(header.indexOf("行政村覆盖率"));
            assertThat(share.getNumericCellValue()).isEqualTo(view.getDouble("counties[0].coverage.shareOfVillages"));
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell within = counties.getRow(1).getCell(header.indexOf("时效内送达比例（台账）"));
            assertThat(within.getNumericCellValue()).isEqualTo(0.75);
            assertThat(counties.getRow(2).getCell(header.indexOf("时效内送达比例（台账）")).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK); // the second county has no records
            Sheet summary = workbook.getSheet("概要");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(PROVINCE);
        }
        byte[] en = as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").queryParam("lang", "en")
                .when().get(PATH + "/export.xlsx", PROVINCE).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            assertThat(cells(workbook.getSheet("Counties").getRow(0))).startsWith("County code", "County",
                    "Administrative villages");
            assertThat(workbook.getSheet("Counties").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theCountyWorkbookHasItsFigures() throws Exception {
        byte[] zh = as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when()
                .get("/api/v1/counties/" + FIRST + "/indicators/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("概要", "成本趋势", "补贴退坡");
            Sheet summary = workbook.getSheet("概要");
            List<String> items = new ArrayList<>();
            summary.forEach(row -> items.add(row.getCell(0).getStringCellValue()));
            Row share = summary.getRow(items.indexOf("行政村覆盖率"));
            assertThat(share.getCell(1).getNumericCellValue()).isEqualTo(0.75);
            assertThat(share.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(items).contains("暂缺");
            assertThat(workbook.getSheet("成本趋势").getLastRowNum()).isZero(); // a header, no analysis
        }
        as(admin).queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").queryParam("lang", "de").when()
                .get("/api/v1/counties/" + FIRST + "/indicators/export.xlsx").then().statusCode(422)
                .body("errors.field", hasItem("lang"));
    }

    private static io.restassured.response.Response indicators(RequestSpecification caller) {
        return caller.queryParam("from", "2025-06-16").queryParam("to", "2025-06-23").when().get(PATH, PROVINCE);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static CountyNetworkData inProvince(String code) {
        CountyNetworkData county = TestCounties.small(code);
        return new CountyNetworkData(county.code(), county.name(), PROVINCE, "测试市", county.note(), county.centre(),
                county.townships(), county.hubs(), county.villages(), county.boundary());
    }

    private String token(String name, String role, List<String> counties) {
        if (accounts.find(name).isEmpty()) {
            CreatedUser created = accounts.create(new UserRequest(name, role, null, null, counties, true));
            accounts.changePassword(name, new PasswordChange(created.oneTimePassword(), "province-password-" + name));
        }
        return accounts.issueToken(name, "province test").token();
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
