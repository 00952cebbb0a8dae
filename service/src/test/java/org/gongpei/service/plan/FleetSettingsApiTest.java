package org.gongpei.service.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.fleet.FleetSettings.VehicleSettings;
import org.gongpei.planning.network.CountyNetworkData;
import org.junit.jupiter.api.Test;

/**
 * A county's fleet and cost settings through the API: the demo defaults until a first save, refused settings
 * named field by field with nothing saved, each save a new version, and a plan built with the version in force
 * when it was asked for (its vans carry the settings' name and count, and leave their hubs one dock at a time, as
 * the plan's own independent check requires).
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class FleetSettingsApiTest {

    private static final String CODE = "F130425";
    private static final String PATH = "/api/v1/counties/" + CODE + "/fleet-settings";
    private static final String OTHER = "G130425";

    @Test
    void settingsAreVersionedAndAPlanIsBuiltWithTheVersionInForce() {
        importCounty(CODE);

        given().when().get(PATH).then().statusCode(200).body("version", equalTo(0))
                .body("settings.van.name", equalTo("面包车"));

        FleetSettings defaults = FleetSettings.defaults();
        FleetSettings bad = new FleetSettings(defaults.trunkTruck(), defaults.chilledTruck(),
                new VehicleSettings("面包车", -600, 3, 150, 0.4, null, 100, 0.6, 0), 20, 8, 11, 0.2, 0.1, 0, null,
                0, null, null, null, null);
        given().contentType(ContentType.JSON).body(bad).when().put(PATH).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("van.capacityKg", "shiftEndHour", "hubDocks", "vanTripsPerDay"))
                .body("errors.find { it.field == 'van.capacityKg' }.message", containsString("greater than 0"))
                .body("errors.find { it.field == 'van.capacityKg' }.code", equalTo("notPositive"));
        given().when().get(PATH + "/versions").then().statusCode(200).body("size()", equalTo(0));

        FleetSettings own = new FleetSettings(defaults.trunkTruck(), defaults.chilledTruck(),
                new VehicleSettings("金杯海狮", 800, 4, 150, 0.4, 2, 120, 0.8, 0), 5.5, 21, 11, 0.2, 0.1, 1, 3_000,
                2, 20.0, null, null, null);
        given().contentType(ContentType.JSON).body(own).when().put(PATH).then().statusCode(200)
                .body("version", equalTo(1)).body("savedBy", equalTo("admin"))
                .body("settings.van.count", equalTo(2)).body("settings.hubDocks", equalTo(1))
                .body("settings.vanTripsPerDay", equalTo(2)).body("settings.reloadMinutes", equalTo(20.0f))
                .body("settings.breakMinutes", org.hamcrest.Matchers.nullValue());

        long id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + PlanTestCounty.DATE + "\",\"timeLimitSeconds\":2}")
                .when().post("/api/v1/counties/" + CODE + "/plans")
                .then().statusCode(202).body("fleetSettingsVersion", equalTo(1)).extract().jsonPath().getLong("id");
        // a later save does not change the plan asked for before it
        given().contentType(ContentType.JSON).body(defaults).when().put(PATH).then().statusCode(200)
                .body("version", equalTo(2));
        JsonPath end = PlanTestCounty.awaitEnd(id, Duration.ofSeconds(120));
        assertThat(end.getString("status")).as(end.getString("error")).isEqualTo("DONE");
        assertThat(end.getInt("fleetSettingsVersion")).isEqualTo(1);

        JsonPath result = given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200).extract()
                .jsonPath();
        assertThat(result.getList("violations")).isEmpty();
        List<Map<String, Object>> routes = result.getList("routes");
        // one dock: no two vans of a hub leave within a reload (the county's 20 min) of each other
        routes.stream().filter(r -> "LAST_MILE".equals(r.get("echelon")))
                .collect(java.util.stream.Collectors.groupingBy(r -> (String) r.get("depotCode"))).values()
                .forEach(hubVans -> {
                    List<Long> leaving = hubVans.stream().map(r -> ((Number) r.get("departureSeconds")).longValue())
                            .sorted().toList();
                    for (int i = 1; i < leaving.size(); i++) {
                        assertThat(leaving.get(i) - leaving.get(i - 1)).isGreaterThanOrEqualTo(1_200L);
                    }
                });
        List<Map<String, Object>> vans = routes.stream()
                .filter(r -> List.of("VAN_CENTRE", "VAN_HUB").contains(r.get("vehicleType"))).toList();
        assertThat(vans).isNotEmpty().allSatisfy(r -> assertThat((String) r.get("vehicleName")).contains("金杯海狮"));
        assertThat(result.getList("routes.findAll { it.vehicleType.startsWith('VAN') }.stops.flatten().trip", Integer.class))
                .as("the county's two trips a van").isNotEmpty().allSatisfy(trip -> assertThat(trip).isBetween(1, 2));
        // two vans at the centre and two at each hub
        assertThat(vans.stream().map(r -> r.get("depotCode") + "/" + r.get("vehicleId")).distinct()
                .collect(java.util.stream.Collectors.groupingBy(v -> v.substring(0, v.indexOf('/')),
                        java.util.stream.Collectors.counting())).values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));

        given().when().get(PATH).then().statusCode(200).body("version", equalTo(2));
        given().when().get(PATH + "/versions").then().statusCode(200).body("version", equalTo(List.of(2, 1)));
        given().when().get(PATH + "/versions/1").then().statusCode(200).body("settings.van.name", equalTo("金杯海狮"));
        given().when().get(PATH + "/versions/3").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void analysesAndCalendarsAreBuiltWithTheVersionInForce() {
        FleetSettings defaults = FleetSettings.defaults();
        FleetSettings dearHandling = new FleetSettings(defaults.trunkTruck(), defaults.chilledTruck(), defaults.van(),
                defaults.shiftStartHour(), defaults.shiftEndHour(), defaults.maxWorkingHours(), 0.5, 0.25);
        importCounty(OTHER);
        int version = given().contentType(ContentType.JSON).body(dearHandling).when()
                .put("/api/v1/counties/" + OTHER + "/fleet-settings").then().statusCode(200).body("version", equalTo(1))
                .extract().jsonPath().getInt("version");

        String today = "\"currentPractice\":{\"source\":\"问卷\",\"brands\":[{\"brand\":\"中通\",\"vehicles\":4,"
                + "\"tripsPerDay\":1,\"kmPerDay\":300},{\"brand\":\"邮政\",\"vehicles\":3,\"tripsPerDay\":2,"
                + "\"kmPerDay\":260,\"costYuanPerDay\":900}]}";
        given().contentType(ContentType.JSON).body("{\"date\":\"" + PlanTestCounty.DATE + "\",\"scenarios\":[\"CURRENT\"],"
                + "\"currentPractice\":{\"brands\":[{\"brand\":\"\",\"vehicles\":0,\"tripsPerDay\":1,\"kmPerDay\":-1}]}}")
                .when().post("/api/v1/counties/" + OTHER + "/analyses").then().statusCode(422)
                .body("errors.field", hasItems("scenarios", "currentPractice.brands[0].brand",
                        "currentPractice.brands[0].vehicles", "currentPractice.brands[0].kmPerDay"));
        long analysis = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + PlanTestCounty.DATE + "\",\"timeLimitSeconds\":1,\"scenarios\":[\"JOINT\"],"
                        + today + "}")
                .when().post("/api/v1/counties/" + OTHER + "/analyses")
                .then().statusCode(202).body("fleetSettingsVersion", equalTo(version)).extract().jsonPath()
                .getLong("id");
        String calendar = given().contentType(ContentType.JSON).body("{\"targetHours\":72,\"dayTimeLimitSeconds\":1}")
                .when().post("/api/v1/counties/" + OTHER + "/calendars")
                .then().statusCode(202).body("fleetSettingsVersion", equalTo(version)).extract().header("Location");

        JsonPath analysed = PlanTestCounty.awaitEnd("/api/v1/analyses/" + analysis, Duration.ofMinutes(4));
        assertThat(analysed.getString("status")).as(analysed.getString("error")).isEqualTo("DONE");
        assertThat(analysed.getLong("report.parameters.centreHandlingFenPerParcel")).isEqualTo(50);
        assertThat(analysed.getLong("report.parameters.hubHandlingFenPerParcel")).isEqualTo(25);
        assertThat(analysed.getList("report.scenarios.kind", String.class)).containsExactly("JOINT", "CURRENT");
        assertThat(analysed.getInt("report.scenarios[1].vehicleDays")).isEqualTo(7);
        assertThat(analysed.getLong("report.scenarios[1].cost.fixedFen")).isEqualTo(4 * 10_000 + 90_000);
        assertThat(analysed.getList("report.savings.against", String.class)).containsExactly("CURRENT");
        assertThat(analysed.getList("report.savings.scenario", String.class)).containsExactly("JOINT");
        JsonPath planned = PlanTestCounty.awaitEnd(calendar, Duration.ofMinutes(4));
        assertThat(planned.getString("status")).as(planned.getString("error")).isEqualTo("DONE");
        assertThat(planned.getInt("fleetSettingsVersion")).isEqualTo(version);
    }

    private static void importCounty(String code) {
        CountyNetworkData network = PlanTestCounty.network();
        CountyNetworkData county = new CountyNetworkData(code, network.name(), network.province(),
                network.provincialCapital(), network.note(), network.centre(), network.townships(), network.hubs(),
                network.villages(), network.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
    }
}
