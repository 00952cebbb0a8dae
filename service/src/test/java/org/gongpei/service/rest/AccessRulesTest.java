package org.gongpei.service.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.gongpei.service.TestCounties;
import org.gongpei.service.account.Accounts;
import org.gongpei.service.account.CreatedUser;
import org.gongpei.service.account.PasswordChange;
import org.gongpei.service.account.Roles;
import org.gongpei.service.account.ScopedObject;
import org.gongpei.service.account.UserRequest;
import org.gongpei.service.county.CountyNetworkValidator;
import org.gongpei.service.county.CountyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The route/role table: every JAX-RS endpoint, found by reflection, has a row in {@link AccessRules}, and every
 * row is called over HTTP by nobody, by an admin, by each role of county A and by each role of county B on A's
 * data, with the answer the rule promises: 401, 403, the same 404 as for what does not exist, or through.
 */
@QuarkusTest
class AccessRulesTest {

    static final String A = "ACL-A";
    static final String B = "ACL-B";
    static final String GONE_COUNTY = "ACL-GONE";
    static final long GONE_ID = 987_654_321L;
    static final String ANALYSIS_OPTIONS = "{\"date\":\"2025-06-16\",\"demandSeed\":1,\"timeLimitSeconds\":1,"
            + "\"hubs\":\"DESIGNATED\",\"scenarios\":[],\"tolerancePercent\":10,\"remoteRoadSeconds\":0,"
            + "\"remoteVillages\":[],\"subsidyFenByYear\":{},\"revenueFenPerParcel\":0,\"volumeGrowthPercent\":0}";

    /** A user of the table: role, county, token. */
    record Caller(String name, String role, String county, String token) {
    }

    @Inject
    Accounts accounts;

    @Inject
    CountyService counties;

    @Inject
    EntityManager entities;

    static List<Caller> callers;
    static Map<ScopedObject, Long> objects;
    /** A station plan of county A: its paths name it by county code and id. */
    static long stationPlan;
    static long hubPlan;

    /** Every endpoint of the service as {@code "METHOD /path"}, by reflection over the resource classes. */
    static Set<String> endpoints() {
        Set<String> keys = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongpei.service").stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Path.class))
                .map(javaClass -> javaClass.reflect())
                .forEach(type -> {
                    for (Method method : type.getDeclaredMethods()) {
                        if (isEndpoint(method)) {
                            keys.add(AccessFilter.key(method));
                        }
                    }
                });
        return keys;
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        Set<String> endpoints = endpoints();
        assertThat(endpoints).as("endpoints without a row in AccessRules").allSatisfy(key ->
                assertThat(AccessRules.rule(key)).as(key).isNotNull());
        assertThat(AccessRules.all().keySet()).as("rows of AccessRules without an endpoint")
                .allSatisfy(key -> assertThat(endpoints).contains(key));
        assertThat(endpoints).hasSizeGreaterThan(50);
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRuleSays() {
        Map<String, String> wrong = new TreeMap<>();
        int calls = 0;
        for (String key : endpoints()) {
            AccessRule rule = AccessRules.rule(key);
            String method = key.substring(0, key.indexOf(' '));
            String template = key.substring(key.indexOf(' ') + 1);
            int anonymous = call(() -> given(), method, fill(template, rule, false));
            calls++;
            if (anonymous != 401) {
                wrong.put(key + " anonymous", anonymous + " instead of 401");
            }
            for (Caller caller : callers) {
                boolean admin = Roles.ADMIN.equals(caller.role());
                boolean roleAllowed = admin || rule.roles().contains(caller.role());
                boolean otherCounty = !admin && B.equals(caller.county()) && rule.object() != ScopedObject.NONE;
                boolean destructive = "DELETE".equals(method) && roleAllowed && !otherCounty;
                int status = call(() -> given().auth().oauth2(caller.token()), method, fill(template, rule, destructive));
                calls++;
                String expected;
                boolean ok;
                if (!roleAllowed) {
                    expected = "403";
                    ok = status == 403;
                } else if (otherCounty) {
                    expected = "404";
                    ok = status == 404;
                } else {
                    expected = "through (not 401, 403 or 5xx)";
                    ok = status != 401 && status != 403 && status < 500;
                }
                if (!ok) {
                    wrong.put(key + " " + caller.name(), status + " instead of " + expected);
                }
            }
        }
        assertThat(wrong).as("answers that break the table (" + calls + " calls)").isEmpty();
    }

    @Test
    void listsShowOnlyTheCallersCounties() {
        Caller contractorB = callers.stream().filter(c -> c.name().equals("contractor.b")).findFirst().orElseThrow();
        List<String> codes = given().auth().oauth2(contractorB.token()).when().get("/api/v1/counties")
                .then().statusCode(200).extract().path("code");
        assertThat(codes).contains(B).doesNotContain(A);
        given().auth().oauth2(contractorB.token()).when().get("/api/v1/counties/" + A + "/plans")
                .then().statusCode(404).body("detail", org.hamcrest.Matchers.equalTo("No county with code " + A));
        given().auth().oauth2(contractorB.token()).when().get("/api/v1/counties/NO-SUCH-COUNTY/plans")
                .then().statusCode(404).body("detail", org.hamcrest.Matchers.equalTo("No county with code NO-SUCH-COUNTY"));
        given().auth().oauth2(contractorB.token()).when().get("/api/v1/plans/" + objects.get(ScopedObject.PLAN))
                .then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.equalTo("No daily plan with id " + objects.get(ScopedObject.PLAN)));
    }

    @Test
    void theProvinceViewShowsOnlyTheCallersCounties() {
        Caller bureauB = callers.stream().filter(c -> c.name().equals("bureau.b")).findFirst().orElseThrow();
        List<String> codes = given().auth().oauth2(bureauB.token()).queryParam("from", "2025-06-16")
                .queryParam("to", "2025-06-23").when().get("/api/v1/provinces/河北省/indicators")
                .then().statusCode(200).extract().path("counties.countyCode");
        assertThat(codes).containsExactly(B);
        List<String> provinces = given().auth().oauth2(bureauB.token()).when().get("/api/v1/provinces")
                .then().statusCode(200).extract().path("name");
        assertThat(provinces).containsExactly("河北省");
    }

    @Test
    void aProvinceWideEvaluatorSeesEveryCountyOfTheProvince() {
        String name = "evaluator.province";
        if (accounts.find(name).isEmpty()) {
            createUser(name, Roles.EVALUATOR, null, "河北省");
        }
        String token = accounts.issueToken(name, "table").token();
        List<String> codes = given().auth().oauth2(token).when().get("/api/v1/counties")
                .then().statusCode(200).extract().path("code");
        assertThat(codes).contains(A, B);
        given().auth().oauth2(token).when().get("/api/v1/counties/" + A + "/records/batches").then().statusCode(200);
    }

    @BeforeEach
    void prepare() {
        if (callers != null) {
            return;
        }
        for (String code : List.of(A, B)) {
            if (counties.list().stream().noneMatch(c -> c.code().equals(code))) {
                counties.importNetwork(TestCounties.small(code), false, CountyNetworkValidator.Locator.JSON);
            }
        }
        callers = new ArrayList<>();
        callers.add(caller("admin.table", Roles.ADMIN, null));
        for (String role : List.of(Roles.CONTRACTOR, Roles.BUREAU, Roles.EVALUATOR)) {
            callers.add(caller(role + ".a", role, A));
            callers.add(caller(role + ".b", role, B));
        }
        objects = QuarkusTransaction.requiringNew().call(this::insertEndedJobs);
    }

    private Caller caller(String name, String role, String county) {
        createUser(name, role, county, null);
        return new Caller(name, role, county, accounts.issueToken(name, "table").token());
    }

    private void createUser(String name, String role, String county, String province) {
        CreatedUser created = accounts.create(new UserRequest(name, role, null, province,
                county == null ? List.of() : List.of(county), true));
        accounts.changePassword(name, new PasswordChange(created.oneTimePassword(), "table-password-" + name));
    }

    /** One failed job of each kind in county A, so that the paths with {id} name something of A. */
    private Map<ScopedObject, Long> insertEndedJobs() {
        long county = ((Number) entities.createNativeQuery("select id from county where code = ?1")
                .setParameter(1, A).getSingleResult()).longValue();
        long plan = insert("insert into daily_plan (county_id, plan_date, status, demand_source, demand_seed,"
                + " hub_choice, time_limit_seconds, demand, error_message) values (?1, date '2025-06-16', 'FAILED', 'GENERATED',"
                + " 1, 'DESIGNATED', 1, cast('{}' as jsonb), 'test') returning id", county);
        long analysis = insert("insert into scenario_analysis (county_id, analysis_date, status, demand_seed,"
                + " time_limit_seconds, request, error_message) values (?1, date '2025-06-16', 'FAILED', 1, 1,"
                + " cast('" + ANALYSIS_OPTIONS + "' as jsonb), 'test') returning id", county);
        long calendar = insert("insert into calendar_job (county_id, kind, status, request, error_message) values (?1,"
                + " 'CALENDAR', 'FAILED', cast('{}' as jsonb), 'test') returning id", county);
        long targetCost = insert("insert into calendar_job (county_id, kind, status, request, error_message) values (?1,"
                + " 'TARGET_COST', 'FAILED', cast('{}' as jsonb), 'test') returning id", county);
        long recordImport = insert("insert into record_import_job (county_code, status, error_message, file_name,"
                + " batch_kind, accept_valid, upload_path, upload_bytes) select code, 'FAILED', 'test', 'r.csv', 'IMPORT',"
                + " false, '-', 1 from county where id = ?1 returning id", county);
        long roadNetwork = insert("insert into road_network (county_code, status, error_message, source_name)"
                + " select code, 'FAILED', 'test', 'r.osm.pbf' from county where id = ?1 returning id", county);
        stationPlan = insert("insert into station_plan (county_id, status, request, roads, error_message) values (?1,"
                + " 'FAILED', cast('{}' as jsonb), cast('{\"source\":\"ESTIMATE\"}' as jsonb), 'test') returning id", county);
        hubPlan = insert("insert into hub_plan (county_id, status, request, roads, error_message) values (?1,"
                + " 'FAILED', cast('{}' as jsonb), cast('{\"source\":\"ESTIMATE\"}' as jsonb), 'test') returning id", county);
        return Map.of(ScopedObject.PLAN, plan, ScopedObject.ANALYSIS, analysis, ScopedObject.CALENDAR, calendar,
                ScopedObject.TARGET_COST, targetCost, ScopedObject.RECORD_IMPORT, recordImport,
                ScopedObject.ROAD_NETWORK, roadNetwork);
    }

    private long insert(String sql, long county) {
        return ((Number) entities.createNativeQuery(sql).setParameter(1, county).getSingleResult()).longValue();
    }

    private static String fill(String template, AccessRule rule, boolean destructive) {
        long id = template.contains("/station-plans/") ? stationPlan
                : template.contains("/hub-plans/") ? hubPlan : objects.getOrDefault(rule.object(), GONE_ID);
        return template.replace("{code}", destructive ? GONE_COUNTY : A)
                .replace("{id}", Long.toString(destructive ? GONE_ID : id))
                .replace("{vehicleId}", "V1").replace("{revision}", "0").replace("{seq}", "1")
                .replace("{waybill}", "W1").replace("{username}", "nobody").replace("{version}", "0")
                .replace("{village}", "NO-VILLAGE").replace("{hub}", "NO-HUB")
                .replace("{province}", "NO-PROVINCE").replace("{year}", "2025");
    }

    /** Calls with a malformed JSON body, or a form without the required files where JSON is not taken. */
    private static int call(java.util.function.Supplier<RequestSpecification> caller, String method, String path) {
        if (!method.equals("POST") && !method.equals("PUT")) {
            return caller.get().when().request(method, path).then().extract().statusCode();
        }
        int status = caller.get().contentType(ContentType.JSON).body("{").when().request(method, path)
                .then().extract().statusCode();
        return status != 415 ? status : caller.get().multiPart("note", "-").when().request(method, path)
                .then().extract().statusCode();
    }

    private static boolean isEndpoint(Method method) {
        for (var annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
