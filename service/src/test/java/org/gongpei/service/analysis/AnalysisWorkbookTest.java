package org.gongpei.service.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.DATE;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.Test;

/**
 * A done analysis as a workbook, opened with POI: a sheet per table of the bureau's page with the rows of the JSON,
 * Chinese or English headers, yuan and shares as formatted numbers; then the county's indicators workbook with the
 * analysis in its cost trend.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AnalysisWorkbookTest {

    @Test
    void theWorkbookHasTheFiguresOfThePage() throws Exception {
        PlanTestCounty.ensureImported();
        long id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":1,\"solverSeeds\":2,"
                        + "\"subsidyYuanPerParcel\":{\"2025\":0.3,\"2026\":0.1,\"2027\":0}}")
                .when().post("/api/v1/counties/" + CODE + "/analyses").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        given().when().get("/api/v1/analyses/" + id + "/export.xlsx").then().statusCode(409);
        JsonPath done = PlanTestCounty.awaitEnd("/api/v1/analyses/" + id, Duration.ofMinutes(4));
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");

        byte[] zh = given().when().get("/api/v1/analyses/" + id + "/export.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("概要", "情景", "节省", "各村成本", "各乡镇成本", "补贴退坡");

            Sheet scenarios = workbook.getSheet("情景");
            assertThat(cells(scenarios.getRow(0))).startsWith("情景", "求解次数", "里程（公里）");
            assertThat(scenarios.getLastRowNum()).isEqualTo(done.getList("report.scenarios").size());
            assertThat(scenarios.getRow(2).getCell(0).getStringCellValue()).isEqualTo("共同配送");
            List<String> header = cells(scenarios.getRow(0));
            Row joint = scenarios.getRow(2);
            long jointFen = done.getLong("report.scenarios[1].cost.fixedFen") + done.getLong("report.scenarios[1].cost.distanceFen")
                    + done.getLong("report.scenarios[1].cost.timeFen") + done.getLong("report.scenarios[1].cost.handlingFen");
            assertThat(joint.getCell(header.indexOf("成本（元）")).getNumericCellValue()).isEqualTo(jointFen / 100.0);
            assertThat(joint.getCell(header.indexOf("成本（元）")).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            Sheet savings = workbook.getSheet("节省");
            List<String> savingHeader = cells(savings.getRow(0));
            assertThat(savings.getLastRowNum()).isEqualTo(done.getList("report.savings").size());
            Row first = savings.getRow(1);
            assertThat(first.getCell(savingHeader.indexOf("节省（元）")).getNumericCellValue())
                    .isEqualTo(done.getLong("report.savings[0].costFen") / 100.0);
            assertThat(first.getCell(savingHeader.indexOf("节省比例")).getNumericCellValue())
                    .isCloseTo(done.getDouble("report.savings[0].costPercent") / 100, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(first.getCell(savingHeader.indexOf("节省比例")).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(first.getCell(savingHeader.indexOf("各种子最少节省（元）")).getNumericCellValue())
                    .isEqualTo(done.getLong("report.seeds.savings[0].minFen") / 100.0);

            assertThat(workbook.getSheet("各村成本").getLastRowNum()).isEqualTo(done.getList("report.villages").size());
            assertThat(workbook.getSheet("各村成本").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(done.getString("report.villages[0].name"));
            assertThat(workbook.getSheet("各乡镇成本").getLastRowNum()).isEqualTo(done.getList("report.townships").size());
            assertThat(workbook.getSheet("补贴退坡").getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheet("补贴退坡").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.3);
        }
        byte[] en = given().queryParam("lang", "en").when().get("/api/v1/analyses/" + id + "/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            assertThat(cells(workbook.getSheet("Cost per village").getRow(0))).startsWith("Village code", "Village");
            assertThat(workbook.getSheet("Scenarios").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Joint distribution");
        }
        given().queryParam("lang", "xx").when().get("/api/v1/analyses/" + id + "/export.xlsx").then().statusCode(422)
                .body("errors[0].field", equalTo("lang"));

        JsonPath indicators = given().queryParam("from", DATE).queryParam("to", "2030-01-01").when()
                .get("/api/v1/counties/" + CODE + "/indicators").then().statusCode(200).extract().jsonPath();
        byte[] county = given().queryParam("from", DATE).queryParam("to", "2030-01-01").when()
                .get("/api/v1/counties/" + CODE + "/indicators/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(county))) {
            assertThat(workbook.getSheet("成本趋势").getLastRowNum()).isEqualTo(indicators.getList("costs.trend").size())
                    .isPositive();
            assertThat(workbook.getSheet("补贴退坡").getLastRowNum()).isEqualTo(indicators.getList("costs.subsidy").size());
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
