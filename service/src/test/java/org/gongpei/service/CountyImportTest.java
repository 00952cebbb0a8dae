package org.gongpei.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CountyImportTest {

    @Test
    void importedCountyIsListedReadBackAndDeleted() {
        given().contentType(ContentType.JSON).body(TestCounties.small("T001"))
                .when().post("/api/v1/counties")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/counties/T001"))
                .body("villages", equalTo(4))
                .body("stations", equalTo(3))
                .body("poorVillages", equalTo(1))
                .body("population", equalTo(3650));

        given().when().get("/api/v1/counties")
                .then().statusCode(200).body("code", hasItem("T001"));

        given().when().get("/api/v1/counties/T001")
                .then().statusCode(200)
                .body("name", equalTo("测试县T001"))
                .body("provincialCapital", equalTo("石家庄市"))
                .body("villages", hasSize(4))
                .body("villages.find { it.code == '130425101201' }.townshipCode", equalTo("130425101"))
                .body("villages.find { it.code == '130425101201' }.poor", equalTo(true))
                .body("hubs[0].capacityParcelsPerDay", equalTo(3000))
                .body("boundary[0]", hasSize(5));

        given().when().delete("/api/v1/counties/T001").then().statusCode(204);
        given().when().get("/api/v1/counties/T001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("T001"));
        given().when().get("/api/v1/counties").then().body("code", not(hasItem("T001")));
    }

    @Test
    void reimportIsAConflictUnlessReplaceIsAsked() {
        given().contentType(ContentType.JSON).body(TestCounties.small("T002"))
                .when().post("/api/v1/counties").then().statusCode(201);

        given().contentType(ContentType.JSON).body(TestCounties.small("T002"))
                .when().post("/api/v1/counties")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("replace=true"));

        var smaller = TestCounties.withVillages("T002", TestCounties.villages().subList(0, 2));
        given().contentType(ContentType.JSON).body(smaller).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201).body("villages", equalTo(2));
        given().when().get("/api/v1/counties/T002").then().body("villages", hasSize(2));
    }

    @Test
    void exportedNetworkImportsAgainUnchanged() {
        given().contentType(ContentType.JSON).body(TestCounties.small("T003"))
                .when().post("/api/v1/counties").then().statusCode(201);
        String exported = given().when().get("/api/v1/counties/T003").then().statusCode(200).extract().asString();

        given().contentType(ContentType.JSON).body(exported).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        String again = given().when().get("/api/v1/counties/T003").then().extract().asString();
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(exported);
    }

    @Test
    void unknownCountyIs404ProblemJson() {
        given().when().get("/api/v1/counties/NOPE")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"));
        given().when().delete("/api/v1/counties/NOPE").then().statusCode(404);
    }
}
