package org.gongpei.service.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.DATE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.gongpei.planning.demand.DemandCsv;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenario analyses of a demand day uploaded as CSV. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AnalysisCsvUploadTest {

    private CountyNetworkData county;

    @BeforeEach
    void county() {
        county = PlanTestCounty.ensureImported();
    }

    @Test
    void anAnalysisOfAnUploadedDayRunsOnItsRows() {
        List<String> codes = county.villages().stream().limit(3).map(VillageData::code).toList();
        LocalDate date = LocalDate.parse(DATE);
        StringBuilder down = new StringBuilder(DemandCsv.DOWN_HEADER).append('\n');
        codes.forEach(code -> down.append(date).append(',').append(code).append(",2,3,1,0,0,0,6,0,0.06,9.0\n"));
        down.append(date.plusDays(1)).append(',').append(county.villages().get(3).code()).append(",1,0,0,0,0,0,1,0,0.01,1.0\n");
        List<UpShipment> up = DayDemand.generated(county, date, 5).up().stream()
                .filter(shipment -> codes.contains(shipment.villageCode())).toList();

        JsonPath accepted = given().multiPart("date", DATE).multiPart("timeLimitSeconds", "1")
                .multiPart("scenarios", "JOINT").multiPart("tolerancePercent", "15")
                .multiPart("subsidyYuanPerParcel", "2025:0.3,2026:0")
                .multiPart("currentPractice", "{\"brands\":[{\"brand\":\"中通\",\"vehicles\":2,\"tripsPerDay\":1,"
                        + "\"kmPerDay\":90}]}")
                .multiPart("down", "down.csv", down.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("up", "up.csv", DemandCsv.upCsv(up).getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/v1/counties/" + CODE + "/analyses")
                .then().statusCode(202).header("Location", containsString("/api/v1/analyses/"))
                .body("demandSource", equalTo("UPLOADED")).body("options.demandSeed", nullValue())
                .body("options.tolerancePercent", equalTo(15.0f))
                .extract().jsonPath();

        JsonPath done = PlanTestCounty.awaitEnd("/api/v1/analyses/" + accepted.getLong("id"), Duration.ofMinutes(2));
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getString("demandSource")).isEqualTo("UPLOADED");
        assertThat(done.getList("report.scenarios.kind", String.class)).containsExactly("JOINT", "CURRENT");
        // today's practice is taken to deliver the uploaded day: its 18 parcels down
        assertThat(done.getInt("report.scenarios[1].parcelsDelivered")).isEqualTo(18);
        assertThat(done.getList("report.villages.code", String.class)).isNotEmpty().isSubsetOf(codes);
        assertThat(done.getList("report.villages.parcelsDelivered", Integer.class).stream().mapToInt(Integer::intValue)
                .sum()).isEqualTo(18);
        assertThat(done.getList("report.subsidy.years.year", Integer.class)).containsExactly(2025, 2026);
        given().when().get("/api/v1/analyses/" + accepted.getLong("id") + "/report").then().statusCode(200)
                .body(containsString("上传的 CSV"));
    }

    @Test
    void badUploadsAreRefusedAndNothingIsStored() {
        String url = "/api/v1/counties/" + CODE + "/analyses";
        int before = given().when().get(url).then().statusCode(200).extract().jsonPath().getList("id").size();
        String csv = DemandCsv.DOWN_HEADER + "\n" + DATE + "," + county.villages().get(0).code()
                + ",1,0,0,0,0,0,1,0,0.01,1.0\n" + DATE + ",130425999999,1,0,0,0,0,0,1,0,0.01,1.0\n";
        given().multiPart("date", DATE).multiPart("down", "down.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(url).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].location", equalTo("down.csv row 3")).body("errors[0].field", equalTo("villageCode"));
        given().multiPart("date", DATE).multiPart("tolerancePercent", "150")
                .multiPart("down", "down.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(url).then().statusCode(422).body("errors.field", hasItem("tolerancePercent"));
        given().multiPart("date", DATE).multiPart("currentPractice", "[not json")
                .multiPart("down", "down.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(url).then().statusCode(400).body("errors.field", hasItem("currentPractice"));
        given().multiPart("date", DATE).multiPart("scenarios", "JOINT,TOGETHER")
                .multiPart("down", "down.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(url).then().statusCode(400).body("errors.field", hasItem("scenarios"));
        assertThat(given().when().get(url).then().extract().jsonPath().getList("id")).hasSize(before);
    }
}
