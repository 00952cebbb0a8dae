package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.planning.ledger.DeliveryRecord;
import org.gongpei.planning.ledger.GeneratedRecords;
import org.gongpei.planning.ledger.RecordCsv;
import org.gongpei.planning.ledger.RecordGenerator;
import org.gongpei.planning.ledger.RecordInjection;
import org.gongpei.service.TestCounties;
import org.junit.jupiter.api.Test;

/**
 * Generated records with every falsification but the road-time ones injected (this county has no road network;
 * {@link RoadTimeRulesTest} has them): the import refuses the impossible rows, and each integrity rule finds
 * exactly the injected waybills (precision and recall 1 on this data).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class IntegrityRecallTest {

    @Test
    void eachRuleFindsWhatWasInjectedAndNothingElse() throws IOException {
        given().contentType(ContentType.JSON).body(TestCounties.small("L030")).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        GeneratedRecords records = new RecordGenerator(TestCounties.small("L030"), List.of("顺丰", "中通", "京东"), 3)
                .generate(LocalDate.of(2025, 6, 2), 14, EnumSet.of(RecordInjection.SIGNED_BEFORE_ARRIVAL,
                        RecordInjection.WAYBILL_IN_TWO_BATCHES, RecordInjection.BULK_SIGN_OFF, RecordInjection.NIGHT_TIME),
                        0.02);

        JsonPath first = upload("first.csv", records.first(), true);
        upload("second.csv", records.second(), false);

        assertThat(first.getLong("rejectedRows"))
                .isEqualTo(records.injected().get(RecordInjection.SIGNED_BEFORE_ARRIVAL).size());
        JsonPath report = given().queryParam("from", "2025-06-01").queryParam("to", "2025-06-20")
                .when().get("/api/v1/counties/L030/records/integrity").then().statusCode(200).extract().jsonPath();
        for (RecordInjection injection : List.of(RecordInjection.WAYBILL_IN_TWO_BATCHES,
                RecordInjection.BULK_SIGN_OFF, RecordInjection.NIGHT_TIME)) {
            Set<String> found = new HashSet<>();
            List<Map<String, Object>> findings = report.getList("rules.find { it.rule == '" + injection.name()
                    + "' }.findings");
            for (Map<String, Object> finding : findings) {
                @SuppressWarnings("unchecked")
                List<String> waybills = (List<String>) finding.get("waybills");
                found.addAll(waybills);
            }
            assertThat(found).as(injection.name()).isEqualTo(records.injected().get(injection));
        }
        assertThat(report.getInt("rules.find { it.rule == 'SIGNED_BEFORE_ARRIVAL' }.count")).isZero();
    }

    private static JsonPath upload(String name, List<DeliveryRecord> rows, boolean acceptValid) throws IOException {
        StringWriter text = new StringWriter();
        try (RecordCsv csv = new RecordCsv(text)) {
            for (DeliveryRecord row : rows) {
                csv.write(row);
            }
        }
        return RecordUploads.stored(given().multiPart("file", name, text.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv").multiPart("acceptValid", String.valueOf(acceptValid))
                .when().post("/api/v1/counties/L030/records"));
    }
}
