package org.gongpei.service.roads;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county imported through the API gets its roads through the API: the north Bayreuth test county (its real
 * OpenStreetMap places and roads) under a code with no configured road file, then its extract uploaded, imported
 * as a job with the road check in its result, and the county planned on it, with no configuration and no restart.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RoadNetworkApiTest {

    static final String CODE = "DE-BT-UP";
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path files;

    @Test
    void aCountyImportedThroughTheApiGetsItsRoadsPassesTheRoadCheckAndIsPlanned() throws IOException {
        CountyNetworkData county = bayreuthAs(CODE);
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        given().when().get("/api/v1/counties/" + CODE + "/road-check").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("/road-networks"));
        given().when().get("/api/v1/counties/" + CODE + "/road-networks/current").then().statusCode(200)
                .body("source", equalTo("ESTIMATE"));

        Path extract = extract("north-bayreuth.osm.gz");
        long first = upload(CODE, extract);
        JsonPath imported = PlanTestCounty.awaitEnd("/api/v1/road-networks/" + first, IMPORT_TIMEOUT);
        assertThat(imported.getString("status")).as(imported.prettify()).isEqualTo("DONE");
        assertThat(imported.getBoolean("current")).isTrue();
        assertThat(imported.getString("sourceName")).isEqualTo("north-bayreuth.osm.gz");
        assertThat(imported.getLong("sizeBytes")).isEqualTo(Files.size(extract));
        assertThat(imported.getString("contentSha256")).hasSize(64);
        assertThat(imported.getInt("nodes")).isGreaterThan(1000);
        assertThat(imported.getString("importedAt")).isNotNull();
        assertThat(imported.getString("roadCheck.profile")).isEqualTo("VAN");
        assertThat(imported.getInt("roadCheck.villages")).isEqualTo(county.villages().size());
        assertThat(imported.getInt("roadCheck.routable")).isEqualTo(county.villages().size());
        assertThat(imported.getList("roadCheck.problems")).isEmpty();
        assertThat(imported.getList("roadCheck.farthest")).isNotEmpty();
        assertThat(imported.getFloat("roadCheck.farthest[0].outMinutes")).isGreaterThan(1f);

        given().when().get("/api/v1/counties/" + CODE + "/road-check").then().statusCode(200)
                .body("routable", equalTo(county.villages().size())).body("problems", empty());

        long plan = startPlan();
        JsonPath planned = PlanTestCounty.awaitEnd(plan, Duration.ofMinutes(3));
        assertThat(planned.getString("status")).as(planned.prettify()).isEqualTo("DONE");
        assertThat(planned.getInt("summary.parcelsDelivered")).isGreaterThan(0);
        assertThat(planned.getLong("roads.networkId")).isEqualTo(first);
        assertThat(planned.getString("roads.contentSha256")).isEqualTo(imported.getString("contentSha256"));
        assertThat(planned.getString("roads.estimate")).isNull();
        given().when().get("/api/v1/counties/" + CODE + "/road-networks/current").then().statusCode(200)
                .body("networkId", equalTo((int) first));
        given().when().get("/api/v1/plans/" + plan + "/result").then().statusCode(200);

        // A plan queued before the next upload keeps the version it recorded; the upload becomes current after it.
        long queuedBefore = startPlan();
        long second = upload(CODE, extract);
        JsonPath keptPlan = PlanTestCounty.awaitEnd(queuedBefore, Duration.ofMinutes(3));
        JsonPath replaced = PlanTestCounty.awaitEnd("/api/v1/road-networks/" + second, IMPORT_TIMEOUT);
        assertThat(keptPlan.getString("status")).isEqualTo("DONE");
        assertThat(keptPlan.getLong("roads.networkId")).isEqualTo(first);
        assertThat(replaced.getString("status")).isEqualTo("DONE");
        assertThat(replaced.getBoolean("current")).isTrue();
        given().when().get("/api/v1/road-networks/" + first).then().statusCode(200).body("current", equalTo(false));
        List<Long> listed = given().when().get("/api/v1/counties/" + CODE + "/road-networks").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertThat(listed).containsExactly(second, first);
        long after = startPlan();
        assertThat(PlanTestCounty.awaitEnd(after, Duration.ofMinutes(3)).getLong("roads.networkId")).isEqualTo(second);
        given().when().get("/api/v1/plans/" + after + "/routes/"
                + given().get("/api/v1/plans/" + after + "/result").jsonPath().getString("routes[0].vehicleId")
                + "/geometry").then().statusCode(200);
    }

    @Test
    void whatIsNoOsmExtractIsRefusedWithItsReasonAndNothingIsStored() throws IOException {
        String code = "DE-BT-BAD";
        given().contentType(ContentType.JSON).body(bayreuthAs(code)).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        String path = "/api/v1/counties/" + code + "/road-networks";

        given().multiPart("file", text("roads.txt", "<osm/>")).when().post(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].location", equalTo("file")).body("detail", containsString(".osm.pbf, .osm or .osm.gz"));
        given().multiPart("file", text("roads.osm.pbf", "this is no protocol buffer at all")).when().post(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("OSMHeader"));
        given().multiPart("file", text("roads.osm.gz", "<osm/>")).when().post(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not gzip"));
        given().multiPart("file", text("roads.osm", "{\"type\":\"FeatureCollection\"}")).when().post(path)
                .then().statusCode(422).body("detail", containsString("not OpenStreetMap XML"));
        given().multiPart("file", text("roads.osm", "")).when().post(path)
                .then().statusCode(422).body("detail", containsString("empty"));
        given().multiPart("other", "x").when().post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].location", equalTo("file"));
        given().multiPart("file", extract("north-bayreuth.osm.gz").toFile()).when()
                .post("/api/v1/counties/NO-SUCH-COUNTY/road-networks").then().statusCode(404);
        given().when().get("/api/v1/counties/" + code + "/road-networks").then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/v1/road-networks/987654").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = files.resolve("big.osm.pbf");
        Files.write(big, new byte[5 * 1024 * 1024]);
        given().multiPart("file", big.toFile()).when().post("/api/v1/counties/" + CODE + "/road-networks")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("gongpei.roads.max-upload-size"));
    }

    private static long startPlan() {
        return given().contentType(ContentType.JSON).body("{\"date\":\"2025-06-16\",\"timeLimitSeconds\":2}")
                .when().post("/api/v1/counties/" + CODE + "/plans").then().statusCode(202)
                .extract().jsonPath().getLong("id");
    }

    private static long upload(String code, Path extract) {
        return given().multiPart("file", extract.toFile()).when().post("/api/v1/counties/" + code + "/road-networks")
                .then().statusCode(202).header("Location", containsString("/api/v1/road-networks/"))
                .body("status", equalTo("QUEUED")).extract().jsonPath().getLong("id");
    }

    static CountyNetworkData bayreuthAs(String code) {
        CountyNetworkData b = DemoCounties.bayreuth();
        return new CountyNetworkData(code, b.name(), b.province(), b.provincialCapital(), b.note(), b.centre(),
                b.townships(), b.hubs(), b.villages(), b.boundary());
    }

    private Path extract(String name) throws IOException {
        Path file = files.resolve(name);
        try (InputStream in = DemoCounties.bayreuthRoads()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private java.io.File text(String name, String content) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toFile();
    }
}
