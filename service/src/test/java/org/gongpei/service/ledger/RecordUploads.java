package org.gongpei.service.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Uploads record files and follows their import jobs to their end. */
public final class RecordUploads {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private RecordUploads() {
    }

    /**
     * @param response the answer of {@code POST /api/v1/counties/{code}/records}, which must be 202
     * @return the import's status document once it ended (DONE, FAILED or INTERRUPTED)
     */
    public static JsonPath ended(Response response) {
        response.then().statusCode(202);
        String location = response.getHeader("Location");
        assertThat(location).contains("/api/v1/record-imports/" + response.jsonPath().getLong("id"));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath status = given().when().get(location).then().statusCode(200).extract().jsonPath();
            String state = status.getString("status");
            if (!state.equals("QUEUED") && !state.equals("SOLVING")) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import at " + location + " did not end within " + LIMIT);
    }

    /** @return the batch of an import that must have been stored */
    public static JsonPath stored(Response response) {
        JsonPath status = ended(response);
        assertThat(status.getString("status")).as(status.prettify()).isEqualTo("DONE");
        return new JsonPath(status.prettify()).setRootPath("batch");
    }

    /** @return the rejection of an import that must have been refused after it was queued */
    public static JsonPath refused(Response response) {
        JsonPath status = ended(response);
        assertThat(status.getString("status")).as(status.prettify()).isEqualTo("FAILED");
        assertThat(status.getString("rejection")).isNotNull();
        return new JsonPath(status.prettify()).setRootPath("rejection");
    }
}
