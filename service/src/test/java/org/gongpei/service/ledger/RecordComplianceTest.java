package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.gongpei.service.TestCounties;
import org.junit.jupiter.api.Test;

/**
 * The compliance figures from the records, recomputed here in plain Java from the rows that were uploaded
 * (with the correction applied), and compared with what the database computes.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RecordComplianceTest {

    private static final String HEADER = "waybill,carrier,villageCode,receivedAtCentre,leftCentre,arrivedAtHub,"
            + "arrivedAtStation,signedAt,vehicle\n";
    private static final String[] VILLAGES = {"130425100001", "130425100002", "130425101201"};
    private static final String[] CARRIERS = {"顺丰", "中通", "京东"};

    @Test
    void theFiguresMatchAnIndependentComputationOfTheSameRows() {
        given().contentType(ContentType.JSON).body(TestCounties.small("L010")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        Random random = new Random(7);
        List<Parcel> parcels = new ArrayList<>();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) {
            LocalDateTime in = LocalDateTime.of(2025, 5, 25, 6, 0).plusHours(random.nextInt(24 * 20));
            double hours = 2 + random.nextInt(110) + random.nextInt(60) / 60.0;
            boolean complete = random.nextInt(3) > 0;
            Parcel parcel = new Parcel("W" + i, CARRIERS[i % 3], VILLAGES[i % 3], in, hours, complete);
            parcels.add(parcel);
            file.append(parcel.row());
        }
        upload("year.csv", file.toString(), "IMPORT");
        // a correction of two waybills: a late parcel was in fact early, an early one late
        Parcel early = parcels.get(5).withHours(10);
        Parcel late = parcels.get(6).withHours(100);
        parcels.set(5, early);
        parcels.set(6, late);
        upload("fix.csv", HEADER + early.row() + late.row(), "CORRECTION");

        JsonPath report = given().queryParam("from", "2025-06-01").queryParam("to", "2025-06-11")
                .when().get("/api/v1/counties/L010/records/compliance").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));

        List<Parcel> period = parcels.stream().filter(p -> !p.in.toLocalDate().isBefore(java.time.LocalDate.of(2025, 6, 1))
                && p.in.toLocalDate().isBefore(java.time.LocalDate.of(2025, 6, 11))).toList();
        assertThat(period).hasSizeBetween(40, 80);
        assertFigures(report, "total", period);
        assertThat(report.getDouble("completeShare")).isCloseTo(
                (double) period.stream().filter(p -> p.complete).count() / period.size(), within(1e-9));
        Map<String, List<Parcel>> byVillage = new TreeMap<>();
        period.forEach(p -> byVillage.computeIfAbsent(p.village, k -> new ArrayList<>()).add(p));
        List<Map<String, Object>> villages = report.getList("villages");
        assertThat(villages).hasSize(byVillage.size());
        for (int i = 0; i < villages.size(); i++) {
            String code = (String) villages.get(i).get("key");
            assertFigures(report, "villages[" + i + "].figures", byVillage.get(code));
        }
        for (int i = 1; i < villages.size(); i++) { // worst first
            assertThat(report.getDouble("villages[" + (i - 1) + "].figures.share"))
                    .isLessThanOrEqualTo(report.getDouble("villages[" + i + "].figures.share"));
        }
        assertThat(report.getList("villagesWithoutDelivery", String.class)).containsExactly("130425101202");
        for (int i = 0; i < 3; i++) {
            String carrier = report.getString("carriers[" + i + "].key");
            assertFigures(report, "carriers[" + i + "].figures",
                    period.stream().filter(p -> p.carrier.equals(carrier)).toList());
        }
        assertThat(report.getList("months.key", String.class)).containsExactly("2025-06");
        assertThat(report.getList("townships.key", String.class)).containsExactly("130425100", "130425101");
    }

    @Test
    void aBadPeriodIsNamed() {
        given().contentType(ContentType.JSON).body(TestCounties.small("L011")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        given().queryParam("from", "2025-06-11").queryParam("to", "2025-06-01").queryParam("targetHours", "0")
                .when().get("/api/v1/counties/L011/records/compliance").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("to")).body("errors.field", hasItem("targetHours"));
        given().queryParam("from", "June").when().get("/api/v1/counties/L011/records/compliance").then()
                .statusCode(422).body("errors.field", hasItem("from"));
    }

    private static void assertFigures(JsonPath report, String path, List<Parcel> parcels) {
        double[] hours = parcels.stream().mapToDouble(p -> p.hours).sorted().toArray();
        long within = Arrays.stream(hours).filter(h -> h <= 72).count();
        assertThat(report.getLong(path + ".parcels")).as(path).isEqualTo(hours.length);
        assertThat(report.getLong(path + ".withinTarget")).as(path).isEqualTo(within);
        assertThat(report.getDouble(path + ".share")).as(path).isCloseTo((double) within / hours.length, within(1e-9));
        assertThat(report.getDouble(path + ".medianHours")).as(path).isCloseTo(percentile(hours, 0.5), within(1e-6));
        assertThat(report.getDouble(path + ".p95Hours")).as(path).isCloseTo(percentile(hours, 0.95), within(1e-6));
    }

    /** Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    private static void upload(String name, String content, String kind) {
        given().multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "text/csv").multiPart("kind", kind)
                .when().post("/api/v1/counties/L010/records").then().statusCode(201);
    }

    private record Parcel(String waybill, String carrier, String village, LocalDateTime in, double hours,
            boolean complete) {

        Parcel withHours(double newHours) {
            return new Parcel(waybill, carrier, village, in, newHours, complete);
        }

        String row() {
            LocalDateTime left = in.plusHours(1);
            LocalDateTime station = in.plus(Duration.ofSeconds(Math.round(hours * 3600)));
            return waybill + "," + carrier + "," + village + "," + in + "," + left + ","
                    + (complete ? left.plusMinutes(30).toString() : "") + "," + station + ","
                    + (complete ? station.plusHours(1).toString() : "") + "," + (complete ? "冀D1" : "") + "\n";
        }
    }
}
