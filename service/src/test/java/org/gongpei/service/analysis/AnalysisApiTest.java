package org.gongpei.service.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.DATE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.maps.Location;
import org.gongpei.maps.TravelMatrix;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.service.plan.PlanTestCounty;
import org.gongpei.service.roads.RoadNetworks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenario analyses through the API: a small county on Daming's roads, every scenario solved for real. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AnalysisApiTest {

    @Inject
    RoadNetworks roadNetworks;

    @BeforeEach
    void county() {
        PlanTestCounty.ensureImported();
    }

    @Test
    void anAnalysisRunsEndToEndAndItsExportsAddUp() {
        long id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":1,\"solverSeeds\":2,"
                        + "\"subsidyYuanPerParcel\":{\"2025\":0.3,\"2026\":0},\"unservedPenaltyYuanPerParcel\":2.5}")
                .when().post("/api/v1/counties/" + CODE + "/analyses")
                .then().statusCode(202).header("Location", containsString("/api/v1/analyses/"))
                .body("status", equalTo("QUEUED")).body("options.timeLimitSeconds", equalTo(1))
                .body("options.reference.capital", equalTo("石家庄市"))
                .extract().jsonPath().getLong("id");

        JsonPath done = PlanTestCounty.awaitEnd("/api/v1/analyses/" + id, Duration.ofMinutes(4));
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getList("report.scenarios.kind", String.class)).containsExactly("SEPARATE", "JOINT", "PARTIAL");
        long joint = done.getLong("report.scenarios[1].cost.fixedFen") + done.getLong("report.scenarios[1].cost.distanceFen")
                + done.getLong("report.scenarios[1].cost.timeFen") + done.getLong("report.scenarios[1].cost.handlingFen");
        List<Long> shares = done.getList("report.villages.collect { it.visitFen + it.trunkFen + it.handlingFen }", Long.class);
        assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(joint);
        long separate = done.getLong("report.scenarios[0].cost.fixedFen") + done.getLong("report.scenarios[0].cost.distanceFen")
                + done.getLong("report.scenarios[0].cost.timeFen") + done.getLong("report.scenarios[0].cost.handlingFen");
        // Each side carries the stated 2.50 yuan for every parcel it left out, so the saving is comparable.
        long penalised = separate + 250L * done.getInt("report.scenarios[0].unservedParcels")
                - joint - 250L * done.getInt("report.scenarios[1].unservedParcels");
        assertThat(done.getLong("report.savings[0].costFen")).isEqualTo(penalised);
        assertThat(done.getLong("report.savings[0].penaltyFenPerParcel")).isEqualTo(250);
        assertThat(done.getInt("report.savings[0].againstUnservedParcels"))
                .isEqualTo(done.getInt("report.scenarios[0].unservedParcels"));
        assertThat(done.getInt("report.savings[0].scenarioUnservedParcels"))
                .isEqualTo(done.getInt("report.scenarios[1].unservedParcels"));
        assertThat(done.getBoolean("report.savings[0].comparable")).isTrue();
        int separateParcels = done.getInt("report.scenarios[0].parcelsDelivered") + done.getInt("report.scenarios[0].parcelsPickedUp");
        int jointParcels = done.getInt("report.scenarios[1].parcelsDelivered") + done.getInt("report.scenarios[1].parcelsPickedUp");
        assertThat(done.getInt("report.savings[0].againstParcels")).isEqualTo(separateParcels);
        assertThat(done.getInt("report.savings[0].scenarioParcels")).isEqualTo(jointParcels);
        assertThat(done.getList("report.subsidy.years.year", Integer.class)).containsExactly(2025, 2026);

        // Solved with seeds 0 and 1: the report shows the seed of the lower joint cost, and lists both seeds' figures.
        assertThat(done.getList("report.seeds.seeds", Long.class)).containsExactly(0L, 1L);
        int shown = done.getInt("report.seeds.shownSeed");
        List<Long> jointBySeed = done.getList("report.seeds.scenarios[1].totalFen", Long.class);
        assertThat(done.getString("report.seeds.scenarios[1].kind")).isEqualTo("JOINT");
        assertThat(jointBySeed).hasSize(2);
        assertThat(jointBySeed.get(shown)).isEqualTo(joint).isEqualTo(Math.min(jointBySeed.get(0), jointBySeed.get(1)));
        assertThat(done.getLong("report.seeds.scenarios[1].medianFen"))
                .isEqualTo(Math.round((jointBySeed.get(0) + jointBySeed.get(1)) / 2.0));
        List<Long> savedBySeed = done.getList("report.seeds.savings[0].costFen", Long.class);
        assertThat(savedBySeed.get(shown)).isEqualTo(penalised);
        assertThat(done.getLong("report.seeds.savings[0].minFen")).isEqualTo(Math.min(savedBySeed.get(0), savedBySeed.get(1)));
        assertThat(done.getLong("report.seeds.savings[0].maxFen")).isEqualTo(Math.max(savedBySeed.get(0), savedBySeed.get(1)));

        given().when().get("/api/v1/analyses/" + id + "/scenarios.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(containsString("SEPARATE,"));
        String villages = given().when().get("/api/v1/analyses/" + id + "/cost-to-serve.csv").then().statusCode(200)
                .extract().asString();
        assertThat(villages.lines().count()).isEqualTo(1 + shares.size());
        given().when().get("/api/v1/analyses/" + id + "/subsidy.csv").then().statusCode(200).body(containsString("2025,0.30"));
        given().when().get("/api/v1/analyses/" + id + "/report").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("共同配送成本分析报告")).body(containsString("各品牌单独配送")).body(containsString("<svg"))
                .body(containsString("2 个随机种子"));
        given().when().get("/api/v1/counties/" + CODE + "/analyses").then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void todaysPracticeAsRoutesIsMeasuredOnTheCountysRoads() {
        JsonPath network = given().when().get("/api/v1/counties/" + CODE).then().statusCode(200).extract().jsonPath();
        String a = network.getString("villages[0].code");
        String b = network.getString("villages[3].code");
        String practice = "{\"brands\":[{\"brand\":\"中通\",\"vehicles\":1,\"tripsPerDay\":2,\"routes\":[[\"" + a
                + "\",\"" + b + "\"],[\"" + b + "\"]]},{\"brand\":\"邮政\",\"vehicles\":1,\"tripsPerDay\":1,"
                + "\"kmPerDay\":40}]}";
        long id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":1,\"scenarios\":[\"JOINT\"],\"currentPractice\":"
                        + practice + "}")
                .when().post("/api/v1/counties/" + CODE + "/analyses").then().statusCode(202)
                .extract().jsonPath().getLong("id");

        JsonPath done = PlanTestCounty.awaitEnd("/api/v1/analyses/" + id, Duration.ofMinutes(2));
        assertThat(done.getString("status")).as(done.getString("error")).isEqualTo("DONE");
        assertThat(done.getString("report.scenarios[1].kind")).isEqualTo("CURRENT");
        // 邮政's 40 km as entered, and 中通's two trips on the county's van roads: centre, a, b, centre and centre, b, centre
        TravelMatrix roads = roadNetworks.forCounty(CODE).matrixProvider(VehicleProfile.VAN).matrix(List.of(
                new Location("centre", network.getDouble("centre.lat"), network.getDouble("centre.lon")),
                new Location(a, network.getDouble("villages[0].lat"), network.getDouble("villages[0].lon")),
                new Location(b, network.getDouble("villages[3].lat"), network.getDouble("villages[3].lon"))));
        long first = Math.round(roads.distanceMetres(0, 1) + roads.distanceMetres(1, 2) + roads.distanceMetres(2, 0));
        long second = Math.round(roads.distanceMetres(0, 2) + roads.distanceMetres(2, 0));
        assertThat(done.getLong("report.scenarios[1].distanceMetres")).isEqualTo(40_000 + first + second);
        assertThat(done.getInt("report.scenarios[1].villageVisits")).as("邮政 gives no routes").isZero();

        given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"currentPractice\":{\"brands\":[{\"brand\":\"中通\",\"vehicles\":1,"
                        + "\"tripsPerDay\":1,\"routes\":[[\"" + a + "\"],[\"NOT-A-VILLAGE\"]]}]}}")
                .when().post("/api/v1/counties/" + CODE + "/analyses").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("currentPractice.brands[0].routes[1][0]"))
                .body("errors.code", hasItem("unknownVillage"));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        String url = "/api/v1/counties/" + CODE + "/analyses";
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"subsidyYuanPerParcel\":{\"2025\":-0.1}}")
                .when().post(url).then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("2025"));
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"tolerancePercent\":150}")
                .when().post(url).then().statusCode(422).body("errors.field", hasItem("tolerancePercent"));
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"unservedPenaltyYuanPerParcel\":-1}")
                .when().post(url).then().statusCode(422).body("errors.field", hasItem("unservedPenaltyYuanPerParcel"));
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"unservedPenaltyYuanPerParcel\":1e9}")
                .when().post(url).then().statusCode(422).body("errors.field", hasItem("unservedPenaltyYuanPerParcel"));
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"solverSeeds\":9}")
                .when().post(url).then().statusCode(422).body("errors.field", hasItem("solverSeeds"));
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"province\":\"火星省\"}")
                .when().post(url).then().statusCode(422).body("errors.field", hasItem("province"));
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\",\"scenarios\":[\"TOGETHER\"]}")
                .when().post(url).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"date\":\"" + DATE + "\"}")
                .when().post("/api/v1/counties/NOPE/analyses").then().statusCode(404);
        given().when().get("/api/v1/analyses/987654").then().statusCode(404).body("detail", containsString("987654"));
    }
}
