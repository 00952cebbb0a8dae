package org.gongpei.service.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.TestCounties;
import org.junit.jupiter.api.BeforeEach;
import org.gongpei.service.ledger.RecordUploads;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The evaluation report of a small county whose first village has a name made of markup and a spreadsheet formula:
 * the PDF's text and the workbook's cells are read back and compared with the JSON answers of the same figures.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class EvaluationReportTest {

    private static final String CODE = "L050";
    private static final String NAME = "=HYPERLINK(\"http://x\")<b>北关</b>&amp;";

    @BeforeEach
    void countyWithRecords() {
        if (given().when().get("/api/v1/counties/" + CODE + "/summary").statusCode() == 200) {
            return;
        }
        CountyNetworkData small = TestCounties.small(CODE);
        List<VillageData> villages = new ArrayList<>(small.villages());
        VillageData first = villages.get(0);
        villages.set(0, new VillageData(first.code(), NAME, first.townshipCode(), first.lat(), first.lon(),
                first.population(), first.poor(), first.station()));
        CountyNetworkData county = new CountyNetworkData(CODE, small.name(), small.province(),
                small.provincialCapital(), small.note(), small.centre(), small.townships(), small.hubs(), villages,
                small.boundary());
        given().contentType(ContentType.JSON).body(county).when().post("/api/v1/counties").then().statusCode(201);
        String rows = "waybill,carrier,villageCode,receivedAtCentre,leftCentre,arrivedAtStation,vehicle\n"
                + "R1,顺丰,130425100001,2025-06-16T06:00,2025-06-16T08:00,2025-06-16T11:00,冀D1\n"
                + "R2,顺丰,130425100001,2025-06-16T06:00,2025-06-16T08:00,2025-06-17T11:00,冀D1\n"
                + "R3,中通,130425100002,2025-06-16T06:00,2025-06-16T08:00,2025-06-16T12:00,\n"
                + "R4,京东,130425101201,2025-06-16T06:00,2025-06-16T08:00,2025-06-19T23:30,冀D2\n";
        RecordUploads.stored(given().multiPart("file", "report.csv", rows.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/counties/" + CODE + "/records"));
    }

    @Test
    void thePdfStatesTheFiguresInChineseWithTheVillageNameAsText() throws IOException {
        JsonPath compliance = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17")
                .when().get("/api/v1/counties/" + CODE + "/records/compliance").then().statusCode(200).extract()
                .jsonPath();
        String head = given().when().get("/api/v1/counties/" + CODE + "/records/verification").then()
                .statusCode(200).extract().jsonPath().getString("headSha256");
        byte[] pdf = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17")
                .when().get("/api/v1/counties/" + CODE + "/records/report.pdf").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("evaluation-L050-2025-06-16-2025-06-17.pdf"))
                .extract().asByteArray();

        String text = text(pdf);
        assertThat(text).contains("县乡村配送时效评价报告", "测试县L050 (L050)", "2025-06-16 至 2025-06-16",
                "县中心入库至村站到件不超过 72 小时", "一、配送时效指标", "二、台账完整性", "六、台账链校验",
                "完好", head, "夜间到站或签收", "出库至到站快于道路所需时间", "未运行",
                "未运行：L050 县没有路网", "130425101202", "后杨桥村", "边远村（豁免）", "默认规则");
        assertThat(text).doesNotContain("not run", "no road network", "at night");
        // 4 parcels, 3 within 72 h (R2 took 29 h, R4 89.5 h); completeness as the JSON answer has it
        assertThat(compliance.getLong("total.parcels")).isEqualTo(4);
        assertThat(compliance.getLong("total.withinTarget")).isEqualTo(3);
        assertThat(text).contains("75.0 %", ReportNumbers.percent(compliance.getDouble("completeShare")));
        assertThat(text.replaceAll("\\s+", "")).contains(NAME); // as written, wrapped or not

        byte[] english = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17")
                .queryParam("lang", "en").when().get("/api/v1/counties/" + CODE + "/records/report.pdf").then()
                .statusCode(200).extract().asByteArray();
        assertThat(text(english)).contains("Delivery-time evaluation report", "Station time at night",
                "not run: county L050 has no road network",
                "intact: every row, batch and link matches its digests");
    }

    @Test
    void theWorkbookHasChineseSheetsNumberFormatsAndTextCells() throws IOException {
        byte[] bytes = given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17")
                .when().get("/api/v1/counties/" + CODE + "/records/report.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3), workbook.getSheetName(4), workbook.getSheetName(5),
                    workbook.getSheetName(6))).containsExactly("概要", "分乡镇", "分村", "无配送村", "真实性检查", "检查样例",
                    "台账链");
            Sheet summary = workbook.getSheet("概要");
            Row share = find(summary, "目标内占比");
            assertThat(share.getCell(1).getNumericCellValue()).isEqualTo(0.75);
            assertThat(share.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(find(summary, "包裹数").getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(find(summary, "评价期内无配送的村").getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(find(summary, "校验结果").getCell(1).getStringCellValue()).startsWith("完好");
            // no road network and no rule of its own: the default rule, by which no village was exempted
            assertThat(find(summary, "边远村（豁免）").getCell(1).getStringCellValue())
                    .isEqualTo("默认规则（本县未设置）：距县中心车程 ≥ 60 分钟；豁免 0 个村");

            Row village = find(workbook.getSheet("分村"), "130425100001");
            assertThat(village.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(village.getCell(1).getStringCellValue()).isEqualTo(NAME);
            assertThat(village.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0");

            assertThat(find(workbook.getSheet("无配送村"), "130425101202").getCell(1).getStringCellValue())
                    .isEqualTo("后杨桥村");
            Row night = find(workbook.getSheet("真实性检查"), "夜间到站或签收");
            assertThat(night.getCell(2).getNumericCellValue()).isEqualTo(1);
            Row finding = find(workbook.getSheet("检查样例"), "夜间到站或签收");
            assertThat(finding.getCell(1).getStringCellValue()).isEqualTo("R4");
            assertThat(finding.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        }
    }

    @Test
    void badRequestsAndAMissingFontAnswerProblems() {
        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17").queryParam("lang", "fr")
                .when().get("/api/v1/counties/" + CODE + "/records/report.xlsx").then().statusCode(422)
                .contentType("application/problem+json").body(containsString("lang is zh or en, was fr"));
        given().queryParam("from", "2025-06-16").queryParam("targetHours", "0")
                .when().get("/api/v1/counties/" + CODE + "/records/report.pdf").then().statusCode(422)
                .contentType("application/problem+json").body(containsString("to is required"))
                .body(containsString("targetHours is 1–720, was 0"));
        given().queryParam("from", "2025-06-16").queryParam("to", "2025-06-17")
                .when().get("/api/v1/counties/NOPE/records/report.pdf").then().statusCode(404)
                .contentType("application/problem+json");

        ReportFont missing = new ReportFont();
        missing.font = "/nonexistent/wqy-zenhei.ttc,0";
        assertThatThrownBy(missing::baseFont).isInstanceOf(ReportFontMissingException.class)
                .hasMessageContaining("/nonexistent/wqy-zenhei.ttc,0").hasMessageContaining("fonts-wqy-zenhei")
                .hasMessageContaining("gongpei.report.cjk-font");
        Response answer = new org.gongpei.service.rest.ProblemMappers()
                .reportFontMissing(new ReportFontMissingException(missing.font, null), null);
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("No row " + first + " in sheet " + sheet.getSheetName());
    }
}
