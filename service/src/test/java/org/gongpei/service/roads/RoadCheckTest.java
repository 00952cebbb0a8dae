package org.gongpei.service.roads;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;

/** Villages checked against a county's road network: the Daming demo county on its synthetic roads. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RoadCheckTest {

    @Test
    void everyDemoVillageIsRoutableByVan() {
        JsonPath check = given().when().get("/api/v1/counties/130425/road-check")
                .then().statusCode(200)
                .body("profile", equalTo("VAN"))
                .body("villages", equalTo(668))
                .body("routable", equalTo(668))
                .body("problems", empty())
                .body("farthest", hasSize(10))
                .body("medianSnapMetres", lessThan(50f))
                .extract().jsonPath();

        List<Float> minutes = check.getList("farthest.outMinutes", Float.class);
        assertThat(minutes).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(minutes.get(0)).isBetween(10f, 180f);
        assertThat(check.getFloat("farthest[0].outKilometres")).isGreaterThan(10f);
    }

    @Test
    void aVillageFarFromAnyRoadIsNamed() {
        CountyNetworkData daming = DemoCounties.daming();
        double minLat = daming.boundary().get(0).stream().mapToDouble(p -> p.get(1)).min().orElseThrow();
        double minLon = daming.boundary().get(0).stream().mapToDouble(p -> p.get(0)).min().orElseThrow();
        List<VillageData> villages = new ArrayList<>(daming.villages());
        VillageData moved = villages.get(7);
        // The south-west corner of the outline's bounding box lies outside the county, in no one's fields.
        villages.set(7, new VillageData(moved.code(), moved.name(), moved.townshipCode(), minLat, minLon,
                moved.population(), moved.poor(), moved.station()));
        CountyNetworkData county = new CountyNetworkData("R130425", daming.name(), daming.province(),
                daming.provincialCapital(), daming.note(), daming.centre(), daming.townships(), daming.hubs(), villages,
                daming.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);

        given().when().get("/api/v1/counties/R130425/road-check")
                .then().statusCode(200)
                .body("routable", equalTo(667))
                .body("problems", hasSize(1))
                .body("problems[0].villageCode", equalTo(moved.code()))
                .body("problems[0].reason", equalTo("TOO_FAR_FROM_ROAD"))
                .body("problems[0].message", containsString(moved.name()));
    }

    @Test
    void countyWithoutRoadsUnknownProfileAndBadLimitAreClientErrors() {
        given().when().get("/api/v1/counties/NOPE/road-check").then().statusCode(404);
        given().contentType(ContentType.JSON).body(org.gongpei.service.TestCounties.small("N001"))
                .queryParam("replace", true).when().post("/api/v1/counties").then().statusCode(201);
        given().when().get("/api/v1/counties/N001/road-check")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("gongpei.roads.file.\"N001\""));
        given().queryParam("profile", "bicycle").when().get("/api/v1/counties/130425/road-check")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ELECTRIC_TRICYCLE"));
        given().queryParam("maxSnapMetres", -5).when().get("/api/v1/counties/130425/road-check")
                .then().statusCode(400).body("detail", containsString("maxSnapMetres"));
    }
}
