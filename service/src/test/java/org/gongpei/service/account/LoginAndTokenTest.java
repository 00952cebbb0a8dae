package org.gongpei.service.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The accounts end to end, without any test identity: the first admin's one-time password from its file, a
 * login, the forced password change, a personal token used and revoked, failed logins throttled and audited.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginAndTokenTest {

    static final Path PASSWORD_FILE = Path.of("target/initial-admin-password");
    static final String ADMIN_PASSWORD = "a-long-admin-password-1";

    @Test
    @Order(1)
    void anonymousCallsAreRefusedWithAProblem() {
        given().when().get("/api/v1/counties")
                .then().statusCode(401).contentType("application/problem+json")
                .body("title", equalTo("Login required"));
        given().when().get("/q/openapi").then().statusCode(401);
        given().when().get("/q/health").then().statusCode(200);
    }

    @Test
    @Order(2)
    void firstAdminLogsInWithTheOneTimePasswordAndMustChangeIt() throws Exception {
        assertThat(PASSWORD_FILE).exists();
        assertThat(Files.getPosixFilePermissions(PASSWORD_FILE))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String oneTime = Files.readString(PASSWORD_FILE).strip();

        String session = login("admin", oneTime);
        given().cookie("quarkus-credential", session).when().get("/api/v1/counties")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Password change required"));
        given().cookie("quarkus-credential", session).when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("admin")).body("mustChangePassword", equalTo(true));

        given().cookie("quarkus-credential", session).header("Origin", origin()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", oneTime, "newPassword", "short"))
                .when().post("/api/v1/me/password")
                .then().statusCode(422).body("errors.field", hasItem("newPassword"));
        given().cookie("quarkus-credential", session).header("Origin", origin()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", oneTime, "newPassword", ADMIN_PASSWORD))
                .when().post("/api/v1/me/password")
                .then().statusCode(204);
        assertThat(PASSWORD_FILE).doesNotExist();

        given().cookie("quarkus-credential", session).when().get("/api/v1/counties").then().statusCode(200);
        given().formParam("j_username", "admin").formParam("j_password", oneTime)
                .when().post("/j_security_check").then().statusCode(401);
    }

    @Test
    @Order(3)
    void aPersonalTokenWorksUntilRevoked() {
        String session = login("admin", ADMIN_PASSWORD);
        var created = given().cookie("quarkus-credential", session).header("Origin", origin())
                .contentType(ContentType.JSON).body(Map.of("name", "nightly import"))
                .when().post("/api/v1/me/tokens")
                .then().statusCode(201).body("token", startsWith("gp_")).extract().jsonPath();
        String token = created.getString("token");
        long id = created.getLong("id");

        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("admin"));
        given().auth().oauth2(token).when().get("/api/v1/me/tokens")
                .then().statusCode(200).body("name", hasItem("nightly import"))
                .body("find { it.id == " + id + " }.lastUsedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(token).when().delete("/api/v1/me/tokens/" + id).then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("gp_" + "0".repeat(64)).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    @Order(4)
    void repeatedFailedLoginsLockTheNameAndAreAudited() {
        String token = adminToken();
        String password = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("username", "guess.target", "role", "bureau", "counties", List.of("130425")))
                .when().post("/api/v1/users")
                .then().statusCode(201).extract().path("oneTimePassword");
        for (int i = 0; i < 5; i++) {
            given().formParam("j_username", "guess.target").formParam("j_password", "wrong-" + i)
                    .when().post("/j_security_check").then().statusCode(401);
        }
        given().formParam("j_username", "guess.target").formParam("j_password", password)
                .when().post("/j_security_check").then().statusCode(401);

        List<String> actions = given().auth().oauth2(token).when().get("/api/v1/audit?limit=50")
                .then().statusCode(200).extract().path("findAll { it.username == 'guess.target' }.action");
        assertThat(actions).contains("login.failed", "login.throttled").doesNotContain("login");
        given().auth().oauth2(token).when().get("/api/v1/audit?limit=50")
                .then().body("findAll { it.action == 'user.create' }.username", hasItem("admin"));
    }

    @Test
    @Order(5)
    void aCrossSiteMultipartPostWithTheSessionCookieIsRefused() {
        String session = login("admin", ADMIN_PASSWORD);
        given().cookie("quarkus-credential", session).header("Origin", "https://elsewhere.example")
                .multiPart("down", "down.csv", "date,village_code\n".getBytes())
                .when().post("/api/v1/counties/130425/plans/csv")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Cross-site request refused"));
        given().cookie("quarkus-credential", session)
                .multiPart("down", "down.csv", "date,village_code\n".getBytes())
                .when().post("/api/v1/counties/130425/plans/csv")
                .then().statusCode(403);
        given().auth().oauth2(adminToken()).header("Origin", "https://elsewhere.example")
                .multiPart("down", "down.csv", "date,village_code\n".getBytes())
                .when().post("/api/v1/counties/130425/plans/csv")
                .then().statusCode(org.hamcrest.Matchers.not(403));
    }

    @Test
    @Order(6)
    void pagesCarrySecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        var swagger = given().auth().oauth2(adminToken()).when().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", equalTo("DENY")).extract();
        assertThat(swagger.headers().getValues("Content-Security-Policy")).as("Swagger UI's inline scripts run").isEmpty();
        given().when().get("/index.html").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';"));
    }

    static String login(String username, String password) {
        return given().formParam("j_username", username).formParam("j_password", password)
                .when().post("/j_security_check")
                .then().statusCode(200).extract().cookie("quarkus-credential");
    }

    static String adminToken() {
        return given().cookie("quarkus-credential", login("admin", ADMIN_PASSWORD)).header("Origin", origin())
                .contentType(ContentType.JSON).body(Map.of("name", "test " + System.nanoTime()))
                .when().post("/api/v1/me/tokens").then().statusCode(201).extract().path("token");
    }

    static String origin() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }

}
