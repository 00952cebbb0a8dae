package org.gongpei.service.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** problem+json answers keep their English detail for API users and add a stable code for the page to translate. */
@QuarkusTest
class ProblemCodesTest {

    @Test
    void aCodeWithoutOneOfItsOwnIsTheTitleInUpperSnakeCase() {
        assertThat(Problem.codeOf("Not found")).isEqualTo("NOT_FOUND");
        assertThat(Problem.codeOf("Not on the road network")).isEqualTo("NOT_ON_THE_ROAD_NETWORK");
        assertThat(Problem.codeOf("Malformed JSON")).isEqualTo("MALFORMED_JSON");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUnknownCountyOrPlanHasItsOwnCode() {
        given().when().get("/api/v1/counties/NO-SUCH-COUNTY").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("code", equalTo("COUNTY_NOT_FOUND"))
                .body("title", equalTo("Not found")).body("detail", containsString("NO-SUCH-COUNTY"));
        given().when().get("/api/v1/plans/987654321").then().statusCode(404)
                .body("code", equalTo("PLAN_NOT_FOUND")).body("detail", not(emptyOrNullString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void malformedJsonAndNulBytesHaveCodes() {
        given().contentType(ContentType.JSON).body("{").when().post("/api/v1/counties").then().statusCode(400)
                .body("code", equalTo("MALFORMED_JSON")).body("detail", equalTo("The request body cannot be read"));
        given().urlEncodingEnabled(false).when().get("/api/v1/counties/A%00B").then().statusCode(400)
                .body("code", equalTo("NUL_BYTE")).body("detail", containsString("NUL byte"));
    }

    @Test
    void aCallWithoutLoginHasACode() {
        given().when().get("/api/v1/counties").then().statusCode(401)
                .body("code", equalTo("LOGIN_REQUIRED")).body("detail", containsString("Log in"));
    }
}
