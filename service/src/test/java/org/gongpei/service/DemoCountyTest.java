package org.gongpei.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The test database starts empty, so the Daming demo county is loaded at startup as on a first run. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class DemoCountyTest {

    @Test
    void damingDemoCountyIsLoadedOnFirstStart() {
        given().when().get("/api/v1/counties/130425/summary")
                .then().statusCode(200)
                .body("name", equalTo("大名县"))
                .body("townships", equalTo(20))
                .body("villages", equalTo(668))
                .body("hubs", greaterThan(4))
                .body("stations", greaterThan(349));
        given().when().get("/api/v1/counties/130425")
                .then().statusCode(200)
                .body("note", containsString("SYNTHETIC"))
                .body("villages", hasSize(668))
                .body("boundary[0].size()", greaterThan(100));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheCountyEndpoints() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/counties"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/counties/csv"));
    }
}
