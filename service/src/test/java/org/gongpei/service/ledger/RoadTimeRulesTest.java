package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.ledger.DeliveryRecord;
import org.gongpei.planning.ledger.GeneratedRecords;
import org.gongpei.planning.ledger.RecordCsv;
import org.gongpei.planning.ledger.RecordGenerator;
import org.gongpei.planning.ledger.RecordInjection;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;

/**
 * The road-time rules on real roads: every 10th village and two designated hubs of the Daming demo on its synthetic
 * road network (test code {@value #CODE}), with generated records into which both road-time falsifications are
 * injected.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RoadTimeRulesTest {

    static final String CODE = "E130425";

    @Test
    void bothRoadTimeRulesFindExactlyTheInjectedRowsOnRealRoads() throws IOException {
        CountyNetworkData county = importCounty();
        GeneratedRecords records = new RecordGenerator(county, List.of("顺丰", "中通", "京东"), 11)
                .generate(LocalDate.of(2025, 6, 2), 14, EnumSet.of(RecordInjection.FASTER_THAN_ROAD_FROM_CENTRE,
                        RecordInjection.VEHICLE_FASTER_THAN_ROAD, RecordInjection.NIGHT_TIME), 0.01);
        upload(records.first());

        JsonPath report = given().queryParam("from", "2025-06-01").queryParam("to", "2025-06-20")
                .when().get("/api/v1/counties/" + CODE + "/records/integrity").then().statusCode(200).extract()
                .jsonPath();
        for (RecordInjection injection : List.of(RecordInjection.FASTER_THAN_ROAD_FROM_CENTRE,
                RecordInjection.VEHICLE_FASTER_THAN_ROAD)) {
            String rule = "rules.find { it.rule == '" + injection.name() + "' }";
            assertThat(report.getBoolean(rule + ".run")).isTrue();
            assertThat(report.getString(rule + ".note")).contains("road time of a van").contains("20 %")
                    .contains("10 min");
            assertThat(report.getString(rule + ".noteCode")).isEqualTo("roadTime");
            assertThat(report.getList(rule + ".noteArguments")).containsExactly("VAN", "20", "10");
            Set<String> found = waybills(report.getList(rule + ".findings"));
            Set<String> injected = records.injected().get(injection);
            double precision = shareOf(found, injected);
            double recall = shareOf(injected, found);
            System.out.printf("%s: %d injected, %d found, precision %.3f, recall %.3f%n", injection, injected.size(),
                    found.size(), precision, recall);
            assertThat(precision).as(injection + " precision").isEqualTo(1.0);
            assertThat(recall).as(injection + " recall").isEqualTo(1.0);
        }
        // the suspicion summary counts the road-time findings of each village
        long fastFindings = report.getLong("rules.find { it.rule == 'FASTER_THAN_ROAD_FROM_CENTRE' }.count");
        List<Map<String, Object>> villages = report.getList("villages");
        long summed = 0;
        for (Map<String, Object> village : villages) {
            Object perRule = ((Map<?, ?>) village.get("perRule")).get("FASTER_THAN_ROAD_FROM_CENTRE");
            summed += perRule == null ? 0 : ((Number) perRule).longValue();
        }
        assertThat(summed).isEqualTo(fastFindings);
    }

    @Test
    void aStationReachedJustSoonerThanTheToleranceAllowsIsFlaggedAndJustLaterIsNot() {
        importCounty();
        JsonPath check = given().when().get("/api/v1/counties/" + CODE + "/road-check").then().statusCode(200)
                .extract().jsonPath();
        String far = check.getString("farthest[0].villageCode");
        double roadMinutes = check.getDouble("farthest[0].outMinutes");
        long allowed = (long) Math.floor(roadMinutes * 0.8 - 10);
        assertThat(allowed).as("the farthest village's allowed minutes").isGreaterThan(3);
        String header = "waybill,carrier,villageCode,receivedAtCentre,leftCentre,arrivedAtStation,vehicle\n";
        String rows = header + row("T1", far, allowed - 2) + row("T2", far, allowed + 2);
        RecordUploads.stored(given().multiPart("file", "edge.csv", rows.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/counties/" + CODE + "/records"));

        JsonPath report = given().queryParam("from", "2025-07-01").queryParam("to", "2025-07-02")
                .when().get("/api/v1/counties/" + CODE + "/records/integrity").then().statusCode(200).extract()
                .jsonPath();
        assertThat(report.getList("rules.find { it.rule == 'FASTER_THAN_ROAD_FROM_CENTRE' }.findings.waybills"))
                .containsExactly(List.of("T1"));
        assertThat(report.getString("rules.find { it.rule == 'FASTER_THAN_ROAD_FROM_CENTRE' }.findings[0].detail"))
                .contains((allowed - 2) + " min after leaving the centre")
                .contains("the road takes " + Math.round(roadMinutes) + " min");
        assertThat(report.getInt("rules.find { it.rule == 'VEHICLE_FASTER_THAN_ROAD' }.count")).isZero();
    }

    private static String row(String waybill, String village, long minutes) {
        return waybill + ",顺丰," + village + ",2025-07-01T06:00,2025-07-01T08:00,2025-07-01T"
                + String.format("%02d:%02d", 8 + minutes / 60, minutes % 60) + ",冀D7" + waybill + "\n";
    }

    /** Imports the county once; later calls find it there (a county with records cannot be replaced). */
    static CountyNetworkData importCounty() {
        CountyNetworkData county = network();
        if (given().when().get("/api/v1/counties/" + CODE + "/summary").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(county).when().post("/api/v1/counties").then().statusCode(201);
        }
        return county;
    }

    static CountyNetworkData network() {
        CountyNetworkData daming = DemoCounties.daming();
        List<VillageData> villages = new ArrayList<>();
        for (int i = 0; i < daming.villages().size(); i += 10) {
            villages.add(daming.villages().get(i));
        }
        List<HubData> hubs = daming.hubs().stream().filter(HubData::designated).limit(2).toList();
        Set<String> townships = villages.stream().map(VillageData::townshipCode).collect(Collectors.toSet());
        hubs.forEach(hub -> townships.add(hub.townshipCode()));
        List<TownshipData> kept = daming.townships().stream().filter(t -> townships.contains(t.code())).toList();
        return new CountyNetworkData(CODE, "测试大名县", daming.province(), daming.provincialCapital(),
                "Daming demo sites, every 10th village, for the record checks", daming.centre(), kept, hubs,
                villages, daming.boundary());
    }

    private static Set<String> waybills(List<Map<String, Object>> findings) {
        Set<String> found = new HashSet<>();
        for (Map<String, Object> finding : findings) {
            @SuppressWarnings("unchecked")
            List<String> waybills = (List<String>) finding.get("waybills");
            found.addAll(waybills);
        }
        return found;
    }

    /** @return the share of {@code of} that is in {@code in}, 1 for an empty set */
    private static double shareOf(Set<String> of, Set<String> in) {
        return of.isEmpty() ? 1.0 : of.stream().filter(in::contains).count() / (double) of.size();
    }

    private static void upload(List<DeliveryRecord> rows) throws IOException {
        StringWriter text = new StringWriter();
        try (RecordCsv csv = new RecordCsv(text)) {
            for (DeliveryRecord row : rows) {
                csv.write(row);
            }
        }
        RecordUploads.stored(given().multiPart("file", "records.csv", text.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/counties/" + CODE + "/records"));
    }
}
