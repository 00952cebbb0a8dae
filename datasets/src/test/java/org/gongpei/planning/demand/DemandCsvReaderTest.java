package org.gongpei.planning.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.datasets.daming.DamingGenerator;
import org.gongpei.planning.network.CountyNetworkData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemandCsvReaderTest {

    private static final String DOWN = "down.csv";
    private static final String UP = "up.csv";
    private static final String DOWN_ROW = "2025-06-16,V1,1,2,3,4,5,6,21,2,0.2100,30.50";
    private static final String UP_ROW = "2025-06-16,V1,FRESH_FRUIT,3,15.00,0.0450,2025-06-16T07:15,true,6";

    @ParameterizedTest
    @ValueSource(strings = {"daming", "bayreuth"})
    void committedWeekFilesReadBackAndWriteAgainByteForByte(String county) throws IOException {
        String downText = resource(county, DemandCsv.DOWN_FILE);
        String upText = resource(county, DemandCsv.UP_FILE);

        List<DownParcels> down = DemandCsvReader.readDown(new StringReader(downText), DemandCsv.DOWN_FILE);
        List<UpShipment> up = DemandCsvReader.readUp(new StringReader(upText), DemandCsv.UP_FILE);

        assertThat(down).hasSize((int) (downText.lines().count() - 1) * Carrier.values().length);
        assertThat(up).hasSize((int) upText.lines().count() - 1);
        assertThat(DemandCsv.downCsv(down)).isEqualTo(downText);
        assertThat(DemandCsv.upCsv(up)).isEqualTo(upText);
    }

    @Test
    void committedDamingWeekReadsBackAsTheGeneratorsDemand() throws IOException {
        CountyNetworkData daming = DemoCounties.daming();
        DemandGenerator generator = new DemandGenerator(daming, DamingGenerator.DEFAULT_SEED);
        List<DownParcels> down;
        List<UpShipment> up;
        try (Reader downCsv = reader("daming", DemandCsv.DOWN_FILE); Reader upCsv = reader("daming", DemandCsv.UP_FILE)) {
            down = DemandCsvReader.readDown(downCsv, DemandCsv.DOWN_FILE);
            up = DemandCsvReader.readUp(upCsv, DemandCsv.UP_FILE);
        }
        List<DownParcels> expectedDown = new ArrayList<>();
        List<UpShipment> expectedUp = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            expectedDown.addAll(generator.downParcels(DamingGenerator.SAMPLE_WEEK_MONDAY.plusDays(d)));
            expectedUp.addAll(generator.upShipments(DamingGenerator.SAMPLE_WEEK_MONDAY.plusDays(d)));
        }
        assertThat(up).isEqualTo(expectedUp);
        assertThat(parcelsPerCarrier(down)).isEqualTo(parcelsPerCarrier(expectedDown));
        assertThat(villageTotals(down)).isEqualTo(villageTotals(expectedDown));
    }

    @Test
    void whatDemandCsvWritesReadsBackEqual() throws IOException {
        CountyNetworkData county = DemoCounties.bayreuth();
        DemandGenerator generator = new DemandGenerator(county, 11);
        LocalDate monday = LocalDate.of(2025, 9, 1);
        Path dir = Files.createDirectories(Path.of("target", "demand-csv-reader-test"));
        DemandCsv.writeWeek(generator, monday, dir);

        List<DownParcels> down;
        List<UpShipment> up;
        try (Reader downCsv = Files.newBufferedReader(dir.resolve(DemandCsv.DOWN_FILE));
                Reader upCsv = Files.newBufferedReader(dir.resolve(DemandCsv.UP_FILE))) {
            down = DemandCsvReader.readDown(downCsv, DemandCsv.DOWN_FILE);
            up = DemandCsvReader.readUp(upCsv, DemandCsv.UP_FILE);
        }
        List<DownParcels> expectedDown = new ArrayList<>();
        List<UpShipment> expectedUp = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            expectedDown.addAll(generator.downParcels(monday.plusDays(d)));
            expectedUp.addAll(generator.upShipments(monday.plusDays(d)));
        }
        assertThat(expectedUp).isNotEmpty();
        assertThat(up).isEqualTo(expectedUp);
        assertThat(parcelsPerCarrier(down)).isEqualTo(parcelsPerCarrier(expectedDown));
        assertThat(villageTotals(down)).isEqualTo(villageTotals(expectedDown));
    }

    @Test
    void aRowsTotalsAreSharedOutOverTheCarriersInProportionToTheirParcels() {
        List<DownParcels> rows = DemandCsvReader.readDown(
                new StringReader(DemandCsv.DOWN_HEADER + "\n" + DOWN_ROW + "\n"), DOWN);

        assertThat(rows).extracting(DownParcels::carrier).containsExactly(Carrier.values());
        assertThat(rows).extracting(DownParcels::parcels).containsExactly(1, 2, 3, 4, 5, 6);
        // 2 chilled of 21: shares 0.10 .. 0.57; the two largest remainders (yunda 0.48, jt 0.57) get one each
        assertThat(rows).extracting(DownParcels::chilledParcels).containsExactly(0, 0, 0, 0, 1, 1);
        // 30,500 g over 21 parcels: 1,452.38 g a parcel
        assertThat(rows).extracting(DownParcels::weightKg).containsExactly(1.452, 2.905, 4.357, 5.81, 7.262, 8.714);
        assertThat(rows.stream().mapToDouble(DownParcels::volumeM3).sum()).isCloseTo(0.21, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(DemandCsv.downCsv(rows)).isEqualTo(DemandCsv.DOWN_HEADER + "\n" + DOWN_ROW + "\n");
    }

    @Test
    void aByteOrderMarkQuotedFieldsBlankLinesAndAnyColumnOrderAreAccepted() {
        String csv = "\uFEFFvillageCode,DATE,jt,yunda,sto,yto,zto,chinaPost,parcels,chilledParcels,volumeM3,weightKg\r\n"
                + "\"V1\",2025-06-16,0,0,0,0,0,3,3,0,0.03,4\r\n\r\n";
        List<DownParcels> rows = DemandCsvReader.readDown(new StringReader(csv), DOWN);
        assertThat(rows.get(0)).isEqualTo(new DownParcels(LocalDate.of(2025, 6, 16), "V1", Carrier.CHINA_POST, 3, 0, 0.03, 4.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative carrier count   | 2025-06-16,V1,1,-2,3,4,5,6,17,2,0.2100,30.50   | down.csv row 2, column zto: '-2' is negative
            not a whole number       | 2025-06-16,V1,1,2.5,3,4,5,6,21,2,0.2100,30.50  | down.csv row 2, column zto: '2.5' is not a whole number
            bad date                 | 2025-02-30,V1,1,2,3,4,5,6,21,2,0.2100,30.50    | down.csv row 2, column date: '2025-02-30' is not an ISO date (yyyy-mm-dd)
            missing village          | 2025-06-16,,1,2,3,4,5,6,21,2,0.2100,30.50      | down.csv row 2, column villageCode: the value is missing
            chilled above parcels    | 2025-06-16,V1,1,2,3,4,5,6,21,22,0.2100,30.50   | down.csv row 2, column chilledParcels: 22 chilled parcels out of 21
            total not the sum        | 2025-06-16,V1,1,2,3,4,5,6,20,2,0.2100,30.50    | down.csv row 2, column parcels: 20 is not the sum of the carrier columns, 21
            negative weight          | 2025-06-16,V1,1,2,3,4,5,6,21,2,0.2100,-30.50   | down.csv row 2, column weightKg: '-30.50' is negative
            weight not a number      | 2025-06-16,V1,1,2,3,4,5,6,21,2,0.2100,heavy    | down.csv row 2, column weightKg: 'heavy' is not a number
            weight without parcels   | 2025-06-16,V1,0,0,0,0,0,0,0,0,0.0000,1.00      | down.csv row 2: weight and volume must be 0 when there are no parcels
            too few fields           | 2025-06-16,V1,1,2,3,4,5,6,21,2,0.2100          | down.csv row 2: 11 fields where the header has 12
            unclosed quote           | 2025-06-16,"V1,1,2,3,4,5,6,21,2,0.2100,30.50   | down.csv row 2: a quoted field is not closed
            """)
    void badDownRowsAreNamedByFileRowAndColumn(String name, String row, String problem) {
        DemandFormatException e = catchThrowableOfType(DemandFormatException.class,
                () -> DemandCsvReader.readDown(new StringReader(DemandCsv.DOWN_HEADER + "\n" + row + "\n"), DOWN));
        assertThat(e.problems()).containsExactly(problem.strip()).as(name);
        assertThat(e.getMessage()).contains(problem.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown product          | 2025-06-16,V1,APPLES,3,15.00,0.0450,2025-06-16T07:15,true,6           | up.csv row 2, column product: unknown product 'APPLES'; the products are PEANUTS, SESAME_OIL, FLOUR, STRAW_CRAFTS, FRESH_VEGETABLES, FRESH_FRUIT
            no parcels               | 2025-06-16,V1,FRESH_FRUIT,0,15.00,0.0450,2025-06-16T07:15,true,6      | up.csv row 2, column parcels: '0' is below 1
            negative volume          | 2025-06-16,V1,FRESH_FRUIT,3,15.00,-0.0450,2025-06-16T07:15,true,6     | up.csv row 2, column volumeM3: '-0.0450' is negative
            ready on another day     | 2025-06-16,V1,FRESH_FRUIT,3,15.00,0.0450,2025-06-17T07:15,true,6      | up.csv row 2, column readyTime: 2025-06-17T07:15 is not on the row's date 2025-06-16
            ready time not a time    | 2025-06-16,V1,FRESH_FRUIT,3,15.00,0.0450,7:15,true,6                  | up.csv row 2, column readyTime: '7:15' is not an ISO local date-time (yyyy-mm-ddThh:mm)
            chilled not a flag       | 2025-06-16,V1,FRESH_FRUIT,3,15.00,0.0450,2025-06-16T07:15,cold,6      | up.csv row 2, column chilled: 'cold' is not true or false
            no hours to cold storage | 2025-06-16,V1,FRESH_FRUIT,3,15.00,0.0450,2025-06-16T07:15,true,0      | up.csv row 2, column maxHoursToColdStorage: '0' is below 1
            """)
    void badUpRowsAreNamedByFileRowAndColumn(String name, String row, String problem) {
        DemandFormatException e = catchThrowableOfType(DemandFormatException.class,
                () -> DemandCsvReader.readUp(new StringReader(DemandCsv.UP_HEADER + "\n" + row + "\n"), UP));
        assertThat(e.problems()).containsExactly(problem.strip()).as(name);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String csv = DemandCsv.DOWN_HEADER + "\n" + DOWN_ROW + "\n"
                + "2025-06-16,V2,1,1,1,1,1,1,6,0,0.06,9\n"
                + DOWN_ROW + "\n"
                + "2025-06-17,V2,1,1,1,1,1,-1,5,0,0.06,9\n"
                + "2025-06-17,V3,1,1,1,1,1,1,6,7,0.06,x\n";
        DemandFormatException e = catchThrowableOfType(DemandFormatException.class,
                () -> DemandCsvReader.readDown(new StringReader(csv), DOWN));
        assertThat(e.problems()).containsExactly(
                "down.csv row 4: village V1 on 2025-06-16 is already in row 2",
                "down.csv row 5, column jt: '-1' is negative",
                "down.csv row 6, column weightKg: 'x' is not a number",
                "down.csv row 6, column chilledParcels: 7 chilled parcels out of 6");
        assertThat(e.getMessage()).startsWith("4 problems in the demand file: down.csv row 4");
    }

    @Test
    void unknownAndMissingHeaderColumnsAreNamed() {
        String header = DemandCsv.DOWN_HEADER.replace(",weightKg", "").replace(",jt", ",dhl");
        DemandFormatException e = catchThrowableOfType(DemandFormatException.class,
                () -> DemandCsvReader.readDown(new StringReader(header + "\n"), DOWN));
        assertThat(e.problems()).containsExactly(
                "down.csv row 1, column 8: unknown column 'dhl'; the columns are " + DemandCsv.DOWN_HEADER,
                "down.csv row 1: the header has no column 'jt' (found: " + header + ")",
                "down.csv row 1: the header has no column 'weightKg' (found: " + header + ")");

        DemandFormatException twice = catchThrowableOfType(DemandFormatException.class, () -> DemandCsvReader.readUp(
                new StringReader(DemandCsv.UP_HEADER + ",product\n"), UP));
        assertThat(twice.problems()).containsExactly("up.csv row 1, column 10: column 'product' appears twice");
    }

    @Test
    void anEmptyFileNeedsItsHeader() {
        assertThatThrownBy(() -> DemandCsvReader.readUp(new StringReader(""), UP))
                .isInstanceOf(DemandFormatException.class)
                .hasMessageContaining("up.csv: the file is empty; it needs the header row " + DemandCsv.UP_HEADER);
        assertThat(DemandCsvReader.readDown(new StringReader(DemandCsv.DOWN_HEADER + "\n"), DOWN)).isEmpty();
    }

    @Test
    void largestRemainderSharesAddUpAndFollowTheWeights() {
        assertThat(DemandCsvReader.shares(10, new int[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(DemandCsvReader.shares(7, new int[] {0, 5, 0, 2})).containsExactly(0, 5, 0, 2);
        assertThat(DemandCsvReader.shares(5, new int[] {0, 0})).containsExactly(0, 0);
        assertThat(DemandCsvReader.shares(1, new int[] {2, 3})).containsExactly(0, 1);
    }

    /** (date, village, carrier) → parcels, in order. */
    private static Map<String, Integer> parcelsPerCarrier(List<DownParcels> rows) {
        Map<String, Integer> parcels = new LinkedHashMap<>();
        rows.forEach(r -> parcels.merge(r.date() + " " + r.villageCode() + " " + r.carrier(), r.parcels(), Integer::sum));
        return parcels;
    }

    /** (date, village) → chilled parcels, m³ to 4 and kg to 2 decimals, as the file keeps them. */
    private static Map<String, String> villageTotals(List<DownParcels> rows) {
        Map<String, int[]> chilled = new LinkedHashMap<>();
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (DownParcels r : rows) {
            String key = r.date() + " " + r.villageCode();
            chilled.computeIfAbsent(key, k -> new int[1])[0] += r.chilledParcels();
            double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
            sum[0] += r.volumeM3();
            sum[1] += r.weightKg();
        }
        Map<String, String> totals = new LinkedHashMap<>();
        sums.forEach((key, sum) -> totals.put(key, chilled.get(key)[0] + " "
                + String.format(Locale.ROOT, "%.4f %.2f", sum[0], sum[1])));
        return totals;
    }

    private static Reader reader(String county, String file) {
        InputStream in = DemoCounties.open("/org/gongpei/datasets/" + county + "/" + file);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String resource(String county, String file) throws IOException {
        try (InputStream in = DemoCounties.open("/org/gongpei/datasets/" + county + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
