package org.gongpei.planning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerReaderTest {

    private static final LedgerRules RULES = new LedgerRules(Set.of("130425100201", "130425100202"),
            Set.of("中国邮政", "顺丰", "京东", "供销"), Instant.parse("2025-07-01T00:00:00Z"), LedgerTimes.CHINA);
    private static final String ENGLISH = "waybill,carrier,villageCode,chilled,receivedAtCentre,leftCentre,"
            + "arrivedAtHub,arrivedAtStation,signedAt,vehicle\n";

    @TempDir
    Path dir;

    @Test
    void readsChineseHeadersInAnyOrderWithOptionalColumnsLeftOut() throws IOException {
        Path file = csv("\uFEFF村编码,运单号,快递公司,县中心入库时间,县中心出库时间,村站到件时间\n"
                + "130425100201,SF001,顺丰,2025-06-16 06:10:00,2025-06-16T08:00,2025-06-16T11:30:00+08:00\n");
        List<DeliveryRecord> records = new ArrayList<>();

        LedgerReader.Result result = LedgerReader.read(LedgerFile.of(file, "a.csv"), "a.csv", RULES,
                (row, record, digest) -> records.add(record));

        assertThat(result.problems().isEmpty()).isTrue();
        assertThat(result.rows()).isEqualTo(1);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.waybill()).isEqualTo("SF001");
            assertThat(record.chilled()).isFalse();
            assertThat(record.receivedAtCentre()).isEqualTo(Instant.parse("2025-06-15T22:10:00Z"));
            assertThat(record.arrivedAtStation()).isEqualTo(Instant.parse("2025-06-16T03:30:00Z"));
            assertThat(record.deliverySeconds()).isEqualTo(5 * 3600 + 20 * 60);
            assertThat(record.arrivedAtHub()).isNull();
            assertThat(record.complete()).isFalse();
        });
        assertThat(result.contentDigest()).hasSize(64);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UNKNOWN_VILLAGE|S1,顺丰,999,false,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,|villageCode",
            "UNKNOWN_CARRIER|S1,中通,130425100201,false,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,|carrier",
            "MISSING_VALUE|,顺丰,130425100201,false,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,|waybill",
            "UNREADABLE_FLAG|S1,顺丰,130425100201,maybe,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,|chilled",
            "MISSING_TIME|S1,顺丰,130425100201,false,2025-06-16T06:00,,,2025-06-16T11:00,,|leftCentre",
            "UNREADABLE_TIME|S1,顺丰,130425100201,false,2025-06-16T06:00,16/06/2025 08:00,,2025-06-16T11:00,,|leftCentre",
            "UNREADABLE_TIME|S1,顺丰,130425100201,false,2025-02-30T06:00,2025-06-16T08:00,,2025-06-16T11:00,,|receivedAtCentre",
            "TIMES_OUT_OF_ORDER|S1,顺丰,130425100201,false,2025-06-16T06:00,2025-06-16T08:00,2025-06-16T09:00,2025-06-16T08:30,,|arrivedAtStation",
            "TIMES_OUT_OF_ORDER|S1,顺丰,130425100201,false,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,2025-06-16T10:00,|signedAt",
            "TIME_IN_FUTURE|S1,顺丰,130425100201,false,2025-06-16T06:00,2025-06-16T08:00,,2025-07-16T11:00,,|arrivedAtStation",
    })
    void eachRuleNamesTheRowColumnAndValue(LedgerRule rule, String row, String column) throws IOException {
        Path file = csv(ENGLISH + "S0,京东,130425100202,是,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,\n"
                + row + "\n");
        List<String> stored = new ArrayList<>();

        LedgerReader.Result result = LedgerReader.read(LedgerFile.of(file, "r.csv"), "r.csv", RULES,
                (n, record, digest) -> stored.add(record.waybill()));

        assertThat(stored).containsExactly("S0");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.validRows()).isEqualTo(1);
        assertThat(result.problems().counts()).containsOnlyKeys(rule);
        assertThat(result.problems().first()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("r.csv");
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.rule()).isEqualTo(rule);
        });
    }

    @Test
    void aNulByteOrAnOverlongTextIsBadText() throws IOException {
        Path file = csv(ENGLISH + "S\u00001,顺丰,130425100201,0,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,\n"
                + "S2,顺丰,130425100201,0,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,"
                + "V".repeat(65) + "\n");

        LedgerReader.Result result = read(file);

        assertThat(result.problems().counts()).containsEntry(LedgerRule.BAD_TEXT, 2L).hasSize(1);
        assertThat(result.validRows()).isZero();
    }

    @Test
    void aMissingMandatoryColumnStopsTheFileAtItsHeader() throws IOException {
        Path file = csv("waybill,carrier,villageCode,receivedAtCentre,leftCentre\nS1,顺丰,130425100201,x,y\n");

        LedgerReader.Result result = read(file);

        assertThat(result.rows()).isZero();
        assertThat(result.problems().first()).extracting(LedgerProblem::column).containsExactly("arrivedAtStation");
        assertThat(result.problems().first()).extracting(LedgerProblem::rule).containsOnly(LedgerRule.BAD_HEADER);
    }

    @Test
    void anEmptyFileAndAGbkFileAreRefusedWithAReason() throws IOException {
        assertThat(read(csv("")).problems().counts()).containsOnlyKeys(LedgerRule.BAD_HEADER);

        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, ("运单号,快递公司\n").getBytes(Charset.forName("GBK")));
        LedgerReader.Result result = read(gbk);
        assertThat(result.problems().first()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(LedgerRule.BAD_SYNTAX);
            assertThat(problem.value()).contains("UTF-8");
        });
    }

    @Test
    void aRowWiderThanTheHeaderIsASyntaxProblem() throws IOException {
        Path file = csv(ENGLISH + "S1,顺丰,130425100201,0,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,,extra\n");

        assertThat(read(file).problems().counts()).containsOnlyKeys(LedgerRule.BAD_SYNTAX);
    }

    @Test
    void keepsOnlyTheFirstThousandProblemsButCountsThemAll() throws IOException {
        StringBuilder text = new StringBuilder(ENGLISH);
        for (int i = 0; i < 1_500; i++) {
            text.append("S").append(i).append(",中通,130425100201,0,2025-06-16T06:00,2025-06-16T08:00,,2025-06-16T11:00,,\n");
        }

        LedgerReader.Result result = read(csv(text.toString()));

        assertThat(result.problems().total()).isEqualTo(1_500);
        assertThat(result.problems().first()).hasSize(LedgerProblems.KEPT);
    }

    @Test
    void readsAnExcelWorkbookWithDateCellsAsAStream() throws IOException {
        Path file = dir.resolve("month.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("台账");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
            Row header = sheet.createRow(0);
            String[] names = {"运单号", "快递公司", "村编码", "冷链", "县中心入库时间", "县中心出库时间", "村站到件时间", "车辆"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= 250; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("JD" + r);
                row.createCell(1).setCellValue("京东");
                row.createCell(2).setCellValue(r % 2 == 0 ? "130425100201" : "130425100202");
                row.createCell(3).setCellValue(r % 5 == 0 ? "是" : "否");
                LocalDateTime day = LocalDateTime.of(2025, 6, 16, 6, 0);
                dateCell(row, 4, day, dateStyle);
                dateCell(row, 5, day.plusHours(2), dateStyle);
                row.createCell(6).setCellValue("2025-06-17T10:15:00"); // a time typed as text
                // column 7 (vehicle) left empty: the event reader skips the cell
            }
            workbook.write(out);
        }
        List<DeliveryRecord> records = new ArrayList<>();

        LedgerReader.Result result = LedgerReader.read(LedgerFile.of(file, "month.xlsx"), "month.xlsx", RULES,
                (row, record, digest) -> records.add(record));

        assertThat(result.problems().first()).isEmpty();
        assertThat(result.rows()).isEqualTo(250);
        assertThat(records).hasSize(250);
        assertThat(records.get(0).leftCentre()).isEqualTo(Instant.parse("2025-06-16T00:00:00Z"));
        assertThat(records.get(0).vehicle()).isNull();
        assertThat(records.stream().filter(DeliveryRecord::chilled)).hasSize(50);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "not a zip");

        LedgerReader.Result result = LedgerReader.read(LedgerFile.of(file, "fake.xlsx"), "fake.xlsx", RULES,
                (row, record, digest) -> { });

        assertThat(result.problems().counts()).containsOnlyKeys(LedgerRule.BAD_SYNTAX);
    }

    private static void dateCell(Row row, int column, LocalDateTime time, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(time);
        cell.setCellStyle(style);
    }

    private LedgerReader.Result read(Path file) throws IOException {
        return LedgerReader.read(LedgerFile.of(file, file.getFileName().toString()), file.getFileName().toString(),
                RULES, (row, record, digest) -> { });
    }

    private Path csv(String text) throws IOException {
        Path file = Files.createTempFile(dir, "records", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
