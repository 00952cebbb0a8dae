package org.gongpei.service.county;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.Test;

/**
 * A county whose jobs are queued or solving cannot be deleted (409 naming the jobs); its plans keep solving
 * and are stored, and once they ended the delete goes through.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CountyDeleteWhileSolvingTest {

    private static final String CODE = "D130425";

    @Test
    void aCountyIsNotDeletedWhileOneOfItsPlansSolves() {
        CountyNetworkData subset = PlanTestCounty.network();
        CountyNetworkData county = new CountyNetworkData(CODE, subset.name(), subset.province(),
                subset.provincialCapital(), subset.note(), subset.centre(), subset.townships(), subset.hubs(),
                subset.villages(), subset.boundary());
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        long plan = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + PlanTestCounty.DATE + "\",\"timeLimitSeconds\":600}")
                .when().post("/api/v1/counties/" + CODE + "/plans")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        awaitSolving(plan);

        given().when().delete("/api/v1/counties/" + CODE)
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", containsString("running jobs"))
                .body("detail", containsString("plan " + plan));
        given().when().get("/api/v1/counties/" + CODE + "/summary").then().statusCode(200);
        given().when().get("/api/v1/plans/" + plan).then().statusCode(200);

        given().when().post("/api/v1/plans/" + plan + "/stop").then().statusCode(202);
        assertThat(PlanTestCounty.awaitEnd(plan, Duration.ofSeconds(60)).getString("status")).isEqualTo("DONE");
        given().when().delete("/api/v1/counties/" + CODE).then().statusCode(204);
        given().when().get("/api/v1/counties/" + CODE + "/summary").then().statusCode(404);
        given().when().get("/api/v1/plans/" + plan).then().statusCode(404);
    }

    private static void awaitSolving(long plan) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!"SOLVING".equals(given().get("/api/v1/plans/" + plan).jsonPath().getString("status"))) {
            assertThat(Instant.now()).as("plan %d still queued", plan).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
