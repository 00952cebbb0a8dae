package org.gongpei.planning.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongpei.planning.demand.DemandCsvReader;
import org.gongpei.planning.demand.DemandFormatException;
import org.gongpei.planning.ledger.LedgerFile;
import org.gongpei.planning.ledger.LedgerReader;
import org.gongpei.planning.ledger.LedgerRules;
import org.gongpei.planning.ledger.LedgerTimes;

/**
 * Random edits of valid demand and record files: each reader either reads the file or names its problems with
 * its own exception or report; nothing else escapes (which the service would answer as a 500).
 */
class ImporterPropertiesTest {

    private static final String DOWN = """
            date,villageCode,chinaPost,zto,yto,sto,yunda,jt,parcels,chilledParcels,volumeM3,weightKg
            2025-06-16,130425100001,21,35,23,20,19,26,144,3,1.4521,234.80
            2025-06-16,130425100002,10,24,16,12,14,12,88,1,0.9868,139.00
            """;
    private static final String UP = """
            date,villageCode,product,parcels,weightKg,volumeM3,readyTime,chilled,maxHoursToColdStorage
            2025-06-16,130425100002,FRESH_VEGETABLES,6,30.00,0.1200,2025-06-16T08:45,true,4
            """;
    private static final String RECORDS = """
            运单号,快递公司,村编码,冷链,县中心入库时间,县中心出库时间,乡镇到件时间,村站到件时间,签收时间,车辆
            SF1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,2025-06-16 09:00,2025-06-16 11:00,2025-06-16 12:00,冀D001
            JD1,京东,130425100002,是,2025-06-16T06:30+08:00,2025-06-16 08:00,,2025-06-17 10:00,,
            """;
    private static final LedgerRules RULES = new LedgerRules(Set.of("130425100001", "130425100002"),
            Set.of("顺丰", "京东"), Instant.parse("2025-07-01T00:00:00Z"), LedgerTimes.CHINA);

    @Property(tries = 300)
    void downDemandIsReadOrRefusedWithItsProblems(@ForAll("down") String text) {
        try {
            assertThat(DemandCsvReader.readDown(new StringReader(text), "down.csv")).isNotNull();
        } catch (DemandFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void upDemandIsReadOrRefusedWithItsProblems(@ForAll("up") String text) {
        try {
            assertThat(DemandCsvReader.readUp(new StringReader(text), "up.csv")).isNotNull();
        } catch (DemandFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void recordFilesAreReadWithEveryRowStoredOrNamed(@ForAll("records") String text) throws IOException {
        Path file = Files.createTempFile("records", ".csv");
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes "?"
            long[] sunk = new long[1];
            LedgerReader.Result result = LedgerReader.read(LedgerFile.of(file, "r.csv"), "r.csv", RULES,
                    (row, record, digest) -> sunk[0]++);
            assertThat(result.validRows()).isEqualTo(sunk[0]).isLessThanOrEqualTo(result.rows());
            if (result.problems().isEmpty()) {
                assertThat(result.validRows()).isEqualTo(result.rows());
            } else {
                assertThat(result.problems().first()).allSatisfy(problem -> {
                    assertThat(problem.rule()).isNotNull();
                    assertThat(problem.row()).isPositive();
                });
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<String> down() {
        return MutatedFiles.of(DOWN);
    }

    @Provide
    Arbitrary<String> up() {
        return MutatedFiles.of(UP);
    }

    @Provide
    Arbitrary<String> records() {
        return MutatedFiles.of(RECORDS);
    }
}
