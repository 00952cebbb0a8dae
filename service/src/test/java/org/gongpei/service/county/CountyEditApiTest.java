package org.gongpei.service.county;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.service.TestCounties;
import org.gongpei.service.ledger.RecordUploads;
import org.junit.jupiter.api.Test;

/** A village, its station or a hub changed one at a time through the API, with the import's rules. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CountyEditApiTest {

    private static final String VILLAGE = "{\"name\":\"%s\",\"townshipCode\":\"%s\",\"lat\":%s,\"lon\":%s,"
            + "\"population\":%d,\"poor\":%s,\"station\":%s}";

    @Test
    void aVillageIsMovedGivenAStationAddedAndRemoved() {
        county("E-EDIT1");
        String path = "/api/v1/counties/E-EDIT1/villages/";
        given().contentType(ContentType.JSON)
                .body(VILLAGE.formatted("后杨桥村", "130425101", 36.36, 115.12, 320, false, true))
                .when().put(path + "130425101202").then().statusCode(200)
                .body("code", equalTo("130425101202")).body("station", equalTo(true));
        JsonPath network = network("E-EDIT1");
        assertThat(network.getDouble("villages.find { it.code == '130425101202' }.lat")).isEqualTo(36.36);
        assertThat(network.getInt("villages.find { it.code == '130425101202' }.population")).isEqualTo(320);
        given().when().get("/api/v1/counties/E-EDIT1/summary").then().body("stations", equalTo(4));

        given().contentType(ContentType.JSON)
                .body(VILLAGE.formatted("新村", "130425100", 36.30, 115.17, 150, true, false))
                .when().put(path + "130425100099").then().statusCode(201)
                .header("Location", endsWith(path + "130425100099"));
        assertThat(network("E-EDIT1").getList("villages.code")).contains("130425100099").hasSize(5);

        given().when().delete(path + "130425100099").then().statusCode(204);
        assertThat(network("E-EDIT1").getList("villages.code")).doesNotContain("130425100099").hasSize(4);
        given().when().delete(path + "130425100099").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("COUNTY_PART_NOT_FOUND"));
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedNamingTheFieldAndNothingIsSaved() {
        county("E-EDIT2");
        String village = "/api/v1/counties/E-EDIT2/villages/130425100002";
        given().contentType(ContentType.JSON)
                .body(VILLAGE.formatted("一铺", "999", 39.9, 116.4, -5, false, true))
                .when().put(village).then().statusCode(422).contentType("application/problem+json")
                .body("errors.findAll { it.location == 'village' }.code",
                        org.hamcrest.Matchers.containsInAnyOrder("unknownTownship", "outsideCounty", "negative"))
                .body("errors.field", hasItem("townshipCode"));
        given().contentType(ContentType.JSON)
                .body(VILLAGE.formatted("一铺\\n", "130425100", 36.28, 115.16, 800, false, true))
                .when().put(village).then().statusCode(422).body("errors[0].code", equalTo("controlCharacter"))
                .body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body(VILLAGE.formatted("一铺\\u0000", "130425100", 36.28, 115.16, 800, false, true))
                .when().put(village).then().statusCode(422).body("errors[0].code", equalTo("controlCharacter"));
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"130425100001\",\"name\":\"x\",\"townshipCode\":\"130425100\",\"lat\":36.28,"
                        + "\"lon\":115.16,\"population\":1,\"poor\":false,\"station\":true}")
                .when().put(village).then().statusCode(422).body("errors[0].code", equalTo("codeDiffers"));
        given().contentType(ContentType.JSON).body("{").when().put(village).then().statusCode(400);
        JsonPath network = network("E-EDIT2");
        assertThat(network.getString("villages.find { it.code == '130425100002' }.name")).isEqualTo("一铺社区居民委员会");
        assertThat(network.getDouble("villages.find { it.code == '130425100002' }.lat")).isEqualTo(36.28);
        given().when().get("/api/v1/counties/NOPE/villages/1").then().statusCode(not(equalTo(500)));
        given().contentType(ContentType.JSON)
                .body(VILLAGE.formatted("x", "130425100", 36.28, 115.16, 1, false, true))
                .when().put("/api/v1/counties/E-NONE/villages/V1").then().statusCode(404);
    }

    @Test
    void aHubIsAddedChangedAndRemoved() {
        county("E-EDIT3");
        String hub = "/api/v1/counties/E-EDIT3/hubs/H100";
        String body = "{\"name\":\"大名镇共配站\",\"townshipCode\":\"130425100\",\"lat\":36.29,\"lon\":115.14,"
                + "\"designated\":%s,\"coldStorage\":false,\"capacityParcelsPerDay\":%d}";
        given().contentType(ContentType.JSON).body(body.formatted(false, 2000)).when().put(hub).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body.formatted(true, 2500)).when().put(hub).then().statusCode(200)
                .body("designated", equalTo(true));
        assertThat(network("E-EDIT3").getInt("hubs.find { it.code == 'H100' }.capacityParcelsPerDay")).isEqualTo(2500);
        given().contentType(ContentType.JSON).body(body.formatted(true, -1)).when().put(hub).then().statusCode(422)
                .body("errors[0].field", equalTo("capacityParcelsPerDay")).body("errors[0].code", equalTo("negative"));
        given().when().delete(hub).then().statusCode(204);
        assertThat(network("E-EDIT3").getList("hubs.code")).containsExactly("H101");
    }

    @Test
    void aVillageThatDeliveryRecordsNameIsKept() {
        county("E-EDIT4");
        RecordUploads.stored(given().multiPart("file", "june.csv", ("运单号,快递公司,村编码,冷链,县中心入库时间,县中心出库时间,"
                + "乡镇到件时间,村站到件时间,签收时间,车辆\n"
                + "E1,顺丰,130425100001,否,2025-06-16 06:00,2025-06-16 08:00,,2025-06-16 11:00,,\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv").when().post("/api/v1/counties/E-EDIT4/records"));
        given().when().delete("/api/v1/counties/E-EDIT4/villages/130425100001").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("VILLAGE_HAS_RECORDS"));
        given().when().delete("/api/v1/counties/E-EDIT4/villages/130425100002").then().statusCode(204);
        assertThat(network("E-EDIT4").getList("villages.code")).contains("130425100001").hasSize(3);
    }

    private static JsonPath network(String code) {
        return given().when().get("/api/v1/counties/" + code).then().statusCode(200).extract().jsonPath();
    }

    private static void county(String code) {
        given().contentType(ContentType.JSON).body(TestCounties.small(code)).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
    }
}
