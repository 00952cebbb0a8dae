package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
 * (with the corrections applied), and compared with what the service computes from its monthly tallies and, for
 * the days of partly covered months, from the rows.
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
        List<Parcel> parcels = ledger("L010");
        // whole months from the tallies, days of a partly covered month from the rows, and both together
        for (String[] period : List.of(new String[] {"2025-05-01", "2025-07-01"},
                new String[] {"2025-06-01", "2025-06-11"}, new String[] {"2025-05-28", "2025-07-01"})) {
            LocalDate from = LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            JsonPath report = report("L010", period[0], period[1], null);
            List<Parcel> in = parcels.stream().filter(p -> !p.in.toLocalDate().isBefore(from)
                    && p.in.toLocalDate().isBefore(to)).toList();
            assertReport(report, in);
        }
        JsonPath partial = report("L010", "2025-06-01", "2025-06-11", "0");
        assertThat(partial.getInt("total.parcels")).isBetween(40, 80);
        assertThat(partial.getList("villagesWithoutDelivery", String.class)).containsExactly("130425101202");
        assertThat(partial.getList("months.key", String.class)).containsExactly("2025-06");
        assertThat(partial.getList("townships.key", String.class)).containsExactly("130425100", "130425101");
        assertThat(report("L010", "2025-05-01", "2025-07-01", null).getList("months.key", String.class))
                .containsExactly("2025-05", "2025-06");
        assertThat(partial.getString("exemption")).isNull();
    }

    @Test
    void remoteVillagesAreLeftOutByRoadTimeOrTheExemptionSaysItWasNotApplied() {
        List<Parcel> parcels = ledger("L012");
        // 0 minutes is no time rule: a hundredth of a minute makes every village remote
        JsonPath all = report("L012", "2025-05-01", "2025-07-01", "0.01");
        assertThat(all.getBoolean("exemption.applied")).isTrue();
        List<Double> minutes = all.getList("exemption.villages.roadMinutes", Double.class);
        assertThat(all.getList("exemption.villages.code", String.class)).containsExactlyInAnyOrder(VILLAGES[0],
                VILLAGES[1], VILLAGES[2], "130425101202");
        assertThat(minutes).allSatisfy(m -> assertThat(m).isPositive()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(all.getLong("total.parcels")).isZero();
        assertThat(all.getLong("totalAllVillages.parcels")).isEqualTo(parcels.size());

        // the threshold between the nearest and the farthest village: the farther ones are left out of the total
        double threshold = (minutes.get(0) + minutes.get(minutes.size() - 1)) / 2;
        JsonPath some = report("L012", "2025-05-01", "2025-07-01", String.valueOf(threshold));
        List<String> exempted = some.getList("exemption.villages.code", String.class);
        assertThat(some.getList("exemption.villages.roadMinutes", Double.class))
                .allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(threshold));
        assertThat(exempted).isNotEmpty().hasSizeLessThan(4);
        assertFigures(some, "total", parcels.stream().filter(p -> !exempted.contains(p.village)).toList());
        assertFigures(some, "totalAllVillages", parcels);

        given().contentType(ContentType.JSON).body(TestCounties.small("L013")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        JsonPath none = report("L013", "2025-05-01", "2025-07-01", "30");
        assertThat(none.getBoolean("exemption.applied")).isFalse();
        assertThat(none.getString("exemption.reason")).contains("road network");
        assertThat(none.getList("exemption.villages")).isEmpty();
        assertThat(none.getLong("total.parcels")).isEqualTo(none.getLong("totalAllVillages.parcels"));
        given().queryParam("from", "2025-05-01").queryParam("to", "2025-07-01").queryParam("remoteMinutes", "-5")
                .when().get("/api/v1/counties/L012/records/compliance").then().statusCode(422)
                .body("errors.field", hasItem("remoteMinutes"));
    }

    /**
     * Stores 120 random parcels in a new county, then corrections, a later import that repeats a waybill (the first
     * import stays current) and a file with a waybill repeated in it (its second copy dropped); @return the
     * current rows.
     */
    static List<Parcel> ledger(String county) {
        given().contentType(ContentType.JSON).body(TestCounties.small(county)).queryParam("replace", true)
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
        upload(county, "year.csv", file.toString(), "IMPORT");
        // a correction of two waybills: a late parcel was in fact early, an early one late, and one moved to May
        Parcel early = parcels.get(5).withHours(10);
        Parcel late = parcels.get(6).withHours(100);
        Parcel moved = parcels.get(7).withIntake(LocalDateTime.of(2025, 5, 30, 6, 30));
        parcels.set(5, early);
        parcels.set(6, late);
        parcels.set(7, moved);
        upload(county, "fix.csv", HEADER + early.row() + late.row() + moved.row(), "CORRECTION");
        LocalDateTime june = LocalDateTime.of(2025, 6, 5, 6, 0);
        Parcel added = new Parcel("W200", CARRIERS[1], VILLAGES[0], june, 50, true);
        upload(county, "again.csv", HEADER + parcels.get(10).withHours(200).row() + added.row(), "IMPORT");
        parcels.add(added);
        Parcel again = parcels.get(5).withHours(30);
        parcels.set(5, again);
        upload(county, "fix-again.csv", HEADER + again.row(), "CORRECTION");
        Parcel twice = new Parcel("W201", CARRIERS[2], VILLAGES[1], june.plusHours(3), 80, false);
        RecordUploads.stored(given().multiPart("file", "twice.csv", (HEADER + twice.row() + twice.withHours(5).row())
                .getBytes(StandardCharsets.UTF_8), "text/csv").multiPart("kind", "IMPORT")
                .multiPart("acceptValid", "true").when().post("/api/v1/counties/" + county + "/records"));
        parcels.add(twice);
        return parcels;
    }

    private static JsonPath report(String county, String from, String to, String remoteMinutes) {
        var request = given().queryParam("from", from).queryParam("to", to);
        if (remoteMinutes != null) {
            request = request.queryParam("remoteMinutes", remoteMinutes);
        }
        return request.when().get("/api/v1/counties/" + county + "/records/compliance").then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static void assertReport(JsonPath report, List<Parcel> period) {
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
        for (int i = 0; i < 3; i++) {
            String carrier = report.getString("carriers[" + i + "].key");
            assertFigures(report, "carriers[" + i + "].figures",
                    period.stream().filter(p -> p.carrier.equals(carrier)).toList());
        }
        Map<String, List<Parcel>> byMonth = new TreeMap<>();
        period.forEach(p -> byMonth.computeIfAbsent(p.in.toLocalDate().toString().substring(0, 7),
                k -> new ArrayList<>()).add(p));
        assertThat(report.getList("months.key", String.class)).containsExactlyElementsOf(byMonth.keySet());
        int m = 0;
        for (List<Parcel> month : byMonth.values()) {
            assertFigures(report, "months[" + m++ + "].figures", month);
        }
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

    /**
     * Parcels and shares exactly; the median and 95th percentile as percentile_cont over the times spread evenly
     * in their bucket (a quarter of an hour up to 24 h, an hour beyond), recomputed here, and within one bucket of
     * the percentile of the exact times.
     */
    private static void assertFigures(JsonPath report, String path, List<Parcel> parcels) {
        double[] hours = parcels.stream().mapToDouble(p -> p.hours).sorted().toArray();
        long within = Arrays.stream(hours).filter(h -> h <= 72).count();
        assertThat(report.getLong(path + ".parcels")).as(path).isEqualTo(hours.length);
        assertThat(report.getLong(path + ".withinTarget")).as(path).isEqualTo(within);
        assertThat(report.getDouble(path + ".share")).as(path).isCloseTo((double) within / hours.length, within(1e-9));
        double[] spread = spreadInBuckets(hours);
        for (String[] figure : new String[][] {{"medianHours", "0.5"}, {"p95Hours", "0.95"}}) {
            double p = Double.parseDouble(figure[1]);
            double reported = report.getDouble(path + "." + figure[0]);
            double exact = percentile(hours, p);
            assertThat(reported).as(path + "." + figure[0]).isCloseTo(percentile(spread, p), within(1e-6));
            assertThat(reported).as(path + "." + figure[0]).isCloseTo(exact, within(exact <= 24 ? 0.25 : 1.0));
        }
    }

    /** The sorted times replaced by times spread evenly within their bucket: c times of (lo, hi] at lo+(j+½)(hi-lo)/c. */
    private static double[] spreadInBuckets(double[] sorted) {
        Map<Double, List<Double>> buckets = new TreeMap<>();
        for (double h : sorted) {
            double upper = h <= 24 ? Math.ceil(h * 4 - 1e-9) / 4 : Math.ceil(h - 1e-9);
            buckets.computeIfAbsent(upper, k -> new ArrayList<>()).add(h);
        }
        double[] spread = new double[sorted.length];
        int i = 0;
        for (Map.Entry<Double, List<Double>> bucket : buckets.entrySet()) {
            double upper = bucket.getKey();
            double lower = upper <= 24 ? upper - 0.25 : upper - 1;
            int count = bucket.getValue().size();
            for (int j = 0; j < count; j++) {
                spread[i++] = lower + (upper - lower) * (j + 0.5) / count;
            }
        }
        return spread;
    }

    /** Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont. */
    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    private static void upload(String county, String name, String content, String kind) {
        RecordUploads.stored(given().multiPart("file", name, content.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", kind).when().post("/api/v1/counties/" + county + "/records"));
    }

    private record Parcel(String waybill, String carrier, String village, LocalDateTime in, double hours,
            boolean complete) {

        Parcel withHours(double newHours) {
            return new Parcel(waybill, carrier, village, in, newHours, complete);
        }

        Parcel withIntake(LocalDateTime newIn) {
            return new Parcel(waybill, carrier, village, newIn, hours, complete);
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
