package org.gongpei.service.roads;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.maps.ExtractCutter;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One larger extract for many counties: the north Bayreuth extract registered from the extract directory, and two
 * counties (its western and eastern townships) each cut from it by their outline plus a buffer and imported.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RoadExtractApiTest {

    private static final Path EXTRACT_DIR = Path.of("target", "extracts");
    private static final String FILE = "bayern/north-bayreuth.osm.gz";

    @BeforeAll
    static void placeTheExtract() throws IOException {
        Files.createDirectories(EXTRACT_DIR.resolve("bayern"));
        try (InputStream in = DemoCounties.bayreuthRoads()) {
            Files.copy(in, EXTRACT_DIR.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(EXTRACT_DIR.resolve("notes.osm"), "not xml");
    }

    @Test
    void twoCountiesCutFromOneRegisteredExtractEachPassTheirRoadCheck() {
        boolean installed = ExtractCutter.available();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Debian's osmium-tool to cut counties out of an extract");
        }
        Assumptions.assumeTrue(installed, "osmium-tool is not installed (apt-get install osmium-tool)");
        long extract = given().contentType(ContentType.JSON).body("{\"file\":\"" + FILE + "\"}")
                .when().post("/api/v1/road-extracts").then().statusCode(201)
                .body("file", equalTo(FILE)).extract().jsonPath().getLong("id");

        CountyNetworkData west = half("DE-BT-W", Set.of("DE-BT-N-00", "DE-BT-N-03"), null);
        CountyNetworkData east = half("DE-BT-E", Set.of("DE-BT-N-01", "DE-BT-N-02"), "HDE-BT-N-01");
        long westCut = cut(west, extract);
        long eastCut = cut(east, extract);

        JsonPath westDone = PlanTestCounty.awaitEnd("/api/v1/road-networks/" + westCut, Duration.ofMinutes(5));
        JsonPath eastDone = PlanTestCounty.awaitEnd("/api/v1/road-networks/" + eastCut, Duration.ofMinutes(5));
        for (var entry : List.of(new Object[] {west, westDone}, new Object[] {east, eastDone})) {
            CountyNetworkData county = (CountyNetworkData) entry[0];
            JsonPath done = (JsonPath) entry[1];
            assertThat(done.getString("status")).as(done.prettify()).isEqualTo("DONE");
            assertThat(done.getBoolean("current")).isTrue();
            assertThat(done.getLong("extractId")).isEqualTo(extract);
            assertThat(done.getFloat("bufferMetres")).isEqualTo(2000f);
            assertThat(done.getString("contentSha256")).hasSize(64);
            assertThat(done.getInt("roadCheck.villages")).isEqualTo(county.villages().size());
            assertThat(done.getInt("roadCheck.routable")).as(done.prettify()).isEqualTo(county.villages().size());
        }
        assertThat(westDone.getString("contentSha256")).isNotEqualTo(eastDone.getString("contentSha256"));
        assertThat(westDone.getInt("nodes")).isNotEqualTo(eastDone.getInt("nodes"));
        given().when().get("/api/v1/road-extracts").then().statusCode(200).body("file", org.hamcrest.Matchers.hasItem(FILE));
    }

    @Test
    void onlyOsmFilesUnderTheExtractDirectoryCanBeRegisteredAndCutsAreChecked() {
        for (String path : List.of("../pom.xml", "/etc/passwd", "bayern/../../extracts/../pom.xml", "missing.osm.pbf")) {
            given().contentType(ContentType.JSON).body("{\"file\":\"" + path + "\"}")
                    .when().post("/api/v1/road-extracts").then().statusCode(422)
                    .contentType("application/problem+json").body("detail", containsString("gongpei.roads.extract-dir"));
        }
        given().contentType(ContentType.JSON).body("{\"file\":\"notes.osm\"}").when().post("/api/v1/road-extracts")
                .then().statusCode(422).body("detail", containsString("not OpenStreetMap XML"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/road-extracts")
                .then().statusCode(422).body("errors[0].location", equalTo("file"));

        long extract = given().contentType(ContentType.JSON).body("{\"file\":\"" + FILE + "\"}")
                .when().post("/api/v1/road-extracts").then().statusCode(201).extract().jsonPath().getLong("id");
        CountyNetworkData west = half("DE-BT-WX", Set.of("DE-BT-N-00"), null);
        String cuts = "/api/v1/counties/DE-BT-WX/road-networks/cuts";
        given().contentType(ContentType.JSON).body("{\"extractId\":987654,\"bufferMetres\":100}").when().post(cuts)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"extractId\":" + extract + ",\"bufferMetres\":-1}").when()
                .post(cuts).then().statusCode(422).body("errors[0].location", equalTo("bufferMetres"));
        given().contentType(ContentType.JSON).body("{\"extractId\":" + extract + "}").when().post(cuts)
                .then().statusCode(422).body("errors[0].location", equalTo("bufferMetres"));
        CountyNetworkData noOutline = new CountyNetworkData("DE-BT-NO", west.name(), west.province(),
                west.provincialCapital(), west.note(), west.centre(), west.townships(), west.hubs(), west.villages(),
                List.of());
        given().contentType(ContentType.JSON).body(noOutline).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"extractId\":" + extract + ",\"bufferMetres\":100}").when()
                .post("/api/v1/counties/DE-BT-NO/road-networks/cuts").then().statusCode(422)
                .body("errors[0].location", equalTo("boundary"));
        given().when().get("/api/v1/counties/DE-BT-WX/road-networks").then().statusCode(200).body("size()", equalTo(0));
    }

    private static long cut(CountyNetworkData county, long extract) {
        return given().contentType(ContentType.JSON).body("{\"extractId\":" + extract + ",\"bufferMetres\":2000}")
                .when().post("/api/v1/counties/" + county.code() + "/road-networks/cuts").then().statusCode(202)
                .header("Location", containsString("/api/v1/road-networks/")).extract().jsonPath().getLong("id");
    }

    /** The test county's townships given, imported as a county whose outline is their sites' box, padded. */
    private static CountyNetworkData half(String code, Set<String> townships, String centreHub) {
        CountyNetworkData b = DemoCounties.bayreuth();
        List<VillageData> villages = b.villages().stream().filter(v -> townships.contains(v.townshipCode())).toList();
        List<HubData> hubs = b.hubs().stream().filter(h -> townships.contains(h.townshipCode())).toList();
        CentreData centre = centreHub == null ? b.centre() : hubs.stream().filter(h -> h.code().equals(centreHub))
                .map(h -> new CentreData(h.name(), h.lat(), h.lon())).findFirst().orElseThrow();
        List<double[]> points = new ArrayList<>();
        villages.forEach(v -> points.add(new double[] {v.lon(), v.lat()}));
        hubs.forEach(h -> points.add(new double[] {h.lon(), h.lat()}));
        points.add(new double[] {centre.lon(), centre.lat()});
        double pad = 0.003;
        double minLon = points.stream().mapToDouble(p -> p[0]).min().orElseThrow() - pad;
        double maxLon = points.stream().mapToDouble(p -> p[0]).max().orElseThrow() + pad;
        double minLat = points.stream().mapToDouble(p -> p[1]).min().orElseThrow() - pad;
        double maxLat = points.stream().mapToDouble(p -> p[1]).max().orElseThrow() + pad;
        List<List<Double>> ring = List.of(List.of(minLon, minLat), List.of(maxLon, minLat), List.of(maxLon, maxLat),
                List.of(minLon, maxLat), List.of(minLon, minLat));
        CountyNetworkData county = new CountyNetworkData(code, b.name() + " " + code, b.province(),
                b.provincialCapital(), b.note(), centre, b.townships().stream()
                .filter(t -> townships.contains(t.code())).toList(), hubs, villages, List.of(ring));
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        return county;
    }
}
