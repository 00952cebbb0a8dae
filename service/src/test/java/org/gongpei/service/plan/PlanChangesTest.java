package org.gongpei.service.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.awaitEnd;
import static org.gongpei.service.plan.PlanTestCounty.start;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real-time changes of a solved plan through the API, re-planned on the county's real roads. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PlanChangesTest {

    private static final Duration SOLVE_TIMEOUT = Duration.ofMinutes(3);

    @BeforeEach
    void county() {
        PlanTestCounty.ensureImported();
    }

    @Test
    void aBreakdownAndAnUrgentPickupMakeNewRevisionsAndKeepTheServedStops() {
        long id = solvedPlan();
        String original = given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200).extract().asString();
        JsonPath before = JsonPath.from(original);
        Map<String, Object> van = busyVan(before);
        List<Map<String, Object>> stops = stopsOf(van);
        long servedUntil = ((Number) stops.getFirst().get("departureSeconds")).longValue();
        String atTime = PlanChangeRequests.format(servedUntil + 60);

        JsonPath view = given().contentType(ContentType.JSON)
                .body("{\"type\":\"BREAKDOWN\",\"vehicleId\":\"" + van.get("vehicleId") + "\",\"atTime\":\"" + atTime + "\"}")
                .when().post("/api/v1/plans/" + id + "/changes")
                .then().statusCode(201).header("Location", endsWith("/api/v1/plans/" + id + "/revisions/1"))
                .body("revision", equalTo(1)).body("changes[0].type", equalTo("BREAKDOWN"))
                .body("changes[0].atTime", equalTo(atTime))
                .body("changes[0].description", containsString((String) van.get("vehicleId")))
                .extract().jsonPath();
        assertThat(view.getString("changes[0].notes[0].code")).isEqualTo("BREAKDOWN_REPLANNED");
        assertThat(view.getList("changes[0].notes[0].arguments", String.class)).startsWith((String) van.get("vehicleId"), atTime);
        assertThat(view.getString("changes[0].request.vehicleId")).isEqualTo(van.get("vehicleId"));

        JsonPath after = JsonPath.from(given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200)
                .extract().asString());
        Map<String, Object> broken = routeOf(after, (String) van.get("vehicleId"));
        long served = stops.stream().filter(s -> ((Number) s.get("departureSeconds")).longValue() <= servedUntil + 60).count();
        assertThat(stopsOf(broken)).hasSize((int) served).isEqualTo(stops.subList(0, (int) served));
        for (Map<String, Object> stop : stops.subList((int) served, stops.size())) {
            String village = (String) stop.get("siteCode");
            boolean onAnotherRoute = after.getList("routes", Map.class).stream()
                    .filter(r -> !r.get("vehicleId").equals(van.get("vehicleId")))
                    .anyMatch(r -> stopsOf(r).stream().anyMatch(s -> s.get("siteCode").equals(village)));
            boolean unserved = after.getList("unserved.villageCode", String.class).contains(village);
            assertThat(onAnotherRoute || unserved).as("village %s re-planned or named unserved", village).isTrue();
        }
        assertThat(given().when().get("/api/v1/plans/" + id + "/revisions/0").then().statusCode(200).extract().asString())
                .isEqualTo(original);

        String village = (String) stops.getLast().get("siteCode");
        int pickedUp = after.getInt("totals.parcelsPickedUp");
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"URGENT_PICKUP\",\"villageCode\":\"" + village + "\",\"ambientParcels\":4,"
                        + "\"chilledParcels\":0,\"atTime\":\"" + atTime + "\"}")
                .when().post("/api/v1/plans/" + id + "/changes")
                .then().statusCode(201).body("revision", equalTo(2)).body("changes.size()", equalTo(2))
                .body("changes[1].type", equalTo("URGENT_PICKUP"));
        JsonPath urgent = JsonPath.from(given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200)
                .extract().asString());
        int urgentUnserved = urgent.getList("unserved", Map.class).stream()
                .filter(u -> u.get("villageCode").equals(village)).mapToInt(u -> (Integer) u.get("pickupParcels")).sum();
        assertThat(urgent.getInt("totals.parcelsPickedUp") + urgentUnserved).isGreaterThanOrEqualTo(pickedUp + 4);
        assertThat(stopsOf(routeOf(urgent, (String) van.get("vehicleId")))).isEqualTo(stopsOf(broken));
        given().when().get("/api/v1/plans/" + id).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void badChangesAreRefusedWithProblems() {
        given().contentType(ContentType.JSON).body("{\"type\":\"BREAKDOWN\",\"vehicleId\":\"X\",\"atTime\":\"10:00\"}")
                .when().post("/api/v1/plans/987654321/changes").then().statusCode(404)
                .contentType("application/problem+json");
        long queued = start(3);
        given().contentType(ContentType.JSON).body("{\"type\":\"BREAKDOWN\",\"vehicleId\":\"X\",\"atTime\":\"10:00\"}")
                .when().post("/api/v1/plans/" + queued + "/changes").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("DONE"));
        long id = solvedPlan();
        String path = "/api/v1/plans/" + id + "/changes";
        given().contentType(ContentType.JSON).body("{\"type\":\"BREAKDOWN\",\"vehicleId\":\"NO-SUCH-VAN\",\"atTime\":\"10:00\"}")
                .when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Vehicle NO-SUCH-VAN has no route in this plan."));
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"URGENT_PICKUP\",\"villageCode\":\"999\",\"ambientParcels\":2,\"atTime\":\"10:00\"}")
                .when().post(path).then().statusCode(400).body("detail", containsString("Unknown village 999"));
        given().contentType(ContentType.JSON).body("{\"type\":\"BREAKDOWN\",\"vehicleId\":\"X\",\"atTime\":\"25:70\"}")
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("atTime"));
        given().contentType(ContentType.JSON)
                .body("{\"type\":\"URGENT_PICKUP\",\"villageCode\":\"999\",\"ambientParcels\":-3,\"atTime\":\"10:00\"}")
                .when().post(path).then().statusCode(400).body("errors[0].message", containsString("cannot be negative"));
        String vehicle = (String) busyVan(JsonPath.from(given().when().get("/api/v1/plans/" + id + "/result")
                .then().extract().asString())).get("vehicleId");
        given().contentType(ContentType.JSON).body("{\"type\":\"BREAKDOWN\",\"vehicleId\":\"" + vehicle + "\",\"atTime\":\"01:00\"}")
                .when().post(path).then().statusCode(400).body("detail", containsString("before the day starts"));
        given().contentType(ContentType.JSON).body("{\"type\":\"FLOOD\",\"atTime\":\"10:00\"}")
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().when().get("/api/v1/plans/" + id + "/revisions/5").then().statusCode(404)
                .body("detail", containsString("no revision 5"));
        given().when().get("/api/v1/plans/" + id).then().body("revision", equalTo(0));
        awaitEnd(queued, SOLVE_TIMEOUT);
    }

    private static long solvedPlan() {
        long id = start(3);
        JsonPath status = awaitEnd(id, SOLVE_TIMEOUT);
        assertThat(status.getString("status")).as(status.getString("error")).isEqualTo("DONE");
        return id;
    }

    /** The last-mile or direct van with the most stops. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> busyVan(JsonPath plan) {
        return plan.getList("routes", Map.class).stream()
                .filter(r -> !((String) r.get("echelon")).startsWith("TRUNK"))
                .max((a, b) -> Integer.compare(stopsOf(a).size(), stopsOf(b).size()))
                .map(r -> (Map<String, Object>) r).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> routeOf(JsonPath plan, String vehicleId) {
        return plan.getList("routes", Map.class).stream().filter(r -> r.get("vehicleId").equals(vehicleId))
                .map(r -> (Map<String, Object>) r).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stopsOf(Map<?, ?> route) {
        return (List<Map<String, Object>>) route.get("stops");
    }
}
