package org.gongpei.service.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import org.gongpei.service.TestCounties;
import org.gongpei.service.county.CountyNetworkValidator;
import org.gongpei.service.county.CountyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With OpenID Connect configured (against the Quarkus OIDC test server), a provider's bearer token logs in:
 * its groups are the roles and its gongpei_* claims the county scope; personal tokens keep working beside it.
 */
@QuarkusTest
@TestProfile(OidcLoginTest.WithOidc.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class OidcLoginTest {

    static final String A = "OIDC-A";
    static final String B = "OIDC-B";

    /** OIDC on, pointed at the test server's realm. */
    public static class WithOidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-service-app");
        }
    }

    @Inject
    CountyService counties;

    @Inject
    Accounts accounts;

    @BeforeEach
    void importCounties() {
        for (String code : List.of(A, B)) {
            if (counties.list().stream().noneMatch(c -> c.code().equals(code))) {
                counties.importNetwork(TestCounties.small(code), false, CountyNetworkValidator.Locator.JSON);
            }
        }
    }

    @Test
    void aContractorTokenSeesOnlyItsCountyAndMayNotImport() {
        String token = token("li.contractor", "contractor", Map.of(OidcScopeAugmentor.COUNTIES_CLAIM, List.of(A)));
        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("li.contractor"))
                .body("roles", equalTo(List.of("contractor"))).body("counties", equalTo(List.of(A)));
        List<String> codes = given().auth().oauth2(token).when().get("/api/v1/counties")
                .then().statusCode(200).extract().path("code");
        assertThat(codes).containsExactly(A);
        given().auth().oauth2(token).when().get("/api/v1/counties/" + B).then().statusCode(404);
        given().auth().oauth2(token).when().get("/api/v1/counties/" + A + "/plans").then().statusCode(200);
        given().auth().oauth2(token).when().delete("/api/v1/counties/" + A).then().statusCode(403);
    }

    @Test
    void aProvinceClaimScopesAnEvaluatorToTheProvince() {
        String token = token("zhao.evaluator", "evaluator", Map.of(OidcScopeAugmentor.PROVINCE_CLAIM, "河北省"));
        List<String> codes = given().auth().oauth2(token).when().get("/api/v1/counties")
                .then().statusCode(200).extract().path("code");
        assertThat(codes).contains(A, B);
        given().auth().oauth2(token).when().get("/api/v1/audit").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/users").then().statusCode(403);
    }

    @Test
    void aTokenOfAnotherIssuerOrNoneIsRefusedAndPersonalTokensStillWork() {
        String forged = Jwt.preferredUserName("mallory").groups(Set.of("admin")).issuer("https://elsewhere.example")
                .jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(forged).when().get("/api/v1/counties").then().statusCode(401);
        given().when().get("/api/v1/counties").then().statusCode(401);

        if (accounts.find("oidc.side").isEmpty()) {
            CreatedUser created = accounts.create(new UserRequest("oidc.side", "bureau", null, null, List.of(B), true));
            accounts.changePassword("oidc.side", new PasswordChange(created.oneTimePassword(), "side-password-1"));
        }
        String personal = accounts.issueToken("oidc.side", "beside oidc").token();
        given().auth().oauth2(personal).when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("oidc.side")).body("counties", hasItem(B));
    }

    private static String token(String user, String role, Map<String, Object> claims) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(user).subject(user).groups(Set.of(role))
                .issuer("https://server.example.com").audience("https://service.example.com");
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
