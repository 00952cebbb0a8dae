package org.gongpei.service.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.DATE;
import static org.gongpei.service.plan.PlanTestCounty.awaitEnd;
import static org.gongpei.service.plan.PlanTestCounty.awaitSolving;
import static org.gongpei.service.plan.PlanTestCounty.start;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobRecovery;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Daily plans through the API: a real county on real roads, solved by the real planner. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PlanApiTest {

    private static final Duration SOLVE_TIMEOUT = Duration.ofMinutes(3);

    @Inject
    JobRecovery recovery;

    @Inject
    StoredPlanRepository storedPlans;

    @Inject
    CountyRepository counties;

    @BeforeEach
    void county() {
        PlanTestCounty.ensureImported();
    }

    @Test
    void aGeneratedDaySolvesEndToEnd() {
        long id = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":3,\"hubs\":\"DESIGNATED\",\"demandSeed\":1}")
                .when().post("/api/v1/counties/" + CODE + "/plans")
                .then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/plans/" + given().when().get("/api/v1/counties/" + CODE
                        + "/plans").jsonPath().getLong("[0].id")))
                .body("status", equalTo("QUEUED"))
                .body("demandSource", equalTo("GENERATED"))
                .body("timeLimitSeconds", equalTo(3))
                .extract().jsonPath().getLong("id");

        JsonPath status = awaitEnd(id, SOLVE_TIMEOUT);
        assertThat(status.getString("status")).as(status.getString("error")).isEqualTo("DONE");
        assertThat(status.getBoolean("stoppedEarly")).isFalse();

        String body = given().when().get("/api/v1/plans/" + id + "/result")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonPath result = JsonPath.from(body);
        List<Map<String, Object>> routes = result.getList("routes");
        assertThat(routes).isNotEmpty();
        assertThat(result.getList("routes.costFen", Long.class).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(result.getLong("totals.costFen"));
        assertThat(result.getList("routes.distanceMetres", Long.class).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(result.getLong("totals.distanceMetres"));
        assertThat(status.getLong("summary.costFen")).isEqualTo(result.getLong("totals.costFen"));
        assertThat(status.getInt("summary.vehiclesUsed")).isEqualTo(result.getInt("totals.vehiclesUsed"));

        Set<String> visited = new HashSet<>(result.getList("routes.stops.flatten().siteCode", String.class));
        Set<String> unserved = new HashSet<>(result.getList("unserved.villageCode", String.class));
        DayDemand demand = DayDemand.generated(PlanTestCounty.network(), LocalDate.parse(DATE), 1);
        Set<String> withDemand = new HashSet<>();
        demand.down().stream().filter(row -> row.parcels() > 0).map(DownParcels::villageCode).forEach(withDemand::add);
        demand.up().stream().map(UpShipment::villageCode).forEach(withDemand::add);
        assertThat(withDemand).isNotEmpty();
        for (String village : withDemand) {
            assertThat(visited.contains(village) || unserved.contains(village))
                    .as("village %s is on a route or unserved", village).isTrue();
        }

        String vehicle = result.getString("routes[0].vehicleId");
        JsonPath geometry = given().when().get("/api/v1/plans/" + id + "/routes/" + vehicle + "/geometry")
                .then().statusCode(200).body("vehicleId", equalTo(vehicle)).extract().jsonPath();
        List<List<List<Float>>> legs = geometry.getList("legs");
        assertThat(legs).isNotEmpty();
        for (List<List<Float>> leg : legs) {
            assertThat(leg).hasSizeGreaterThanOrEqualTo(2);
            // Every point lies in Daming County: 36.0–36.5 N, 114.9–115.5 E.
            assertThat(leg).allSatisfy(point -> {
                assertThat(point.get(0)).isBetween(36.0f, 36.5f);
                assertThat(point.get(1)).isBetween(114.9f, 115.5f);
            });
        }
        given().when().get("/api/v1/plans/" + id + "/routes/NO-SUCH-VAN/geometry").then().statusCode(404)
                .body("detail", containsString("NO-SUCH-VAN"));
        String sheets = given().when().get("/api/v1/plans/" + id + "/sheets")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat(sheets).contains("配送路线单").contains("签收");
        result.getList("routes.vehicleId", String.class).forEach(v -> assertThat(sheets).contains(v));

        assertThat(given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200).extract().asString())
                .isEqualTo(body);
        given().when().get("/api/v1/counties/" + CODE + "/plans")
                .then().statusCode(200)
                .body("find { it.id == " + id + " }.status", equalTo("DONE"))
                .body("find { it.id == " + id + " }.summary.feasible", equalTo(result.getList("violations").isEmpty()));
    }

    @Test
    void eventsStreamTheStatusUntilThePlanEnds() {
        long id = start(3);
        String stream = given().accept("text/event-stream")
                .when().get("/api/v1/plans/" + id + "/events")
                .then().statusCode(200).contentType(startsWith("text/event-stream")).extract().asString();
        List<String> events = stream.lines().filter(line -> line.startsWith("data:")).toList();
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)).contains("\"id\":" + id).contains("\"status\":\"DONE\"");
        given().when().get("/api/v1/plans/999999/events").then().statusCode(404);
    }

    @Test
    void aSolvingPlanStopsEarlyWithItsBestPlan() {
        long id = start(120);
        given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(409)
                .contentType("application/problem+json");
        awaitSolving(id, true, SOLVE_TIMEOUT);
        given().when().get("/api/v1/plans/" + id + "/sheets").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().get("/api/v1/plans/" + id + "/routes/X/geometry").then().statusCode(409);
        given().when().delete("/api/v1/plans/" + id).then().statusCode(409).contentType("application/problem+json");
        given().when().post("/api/v1/plans/" + id + "/stop").then().statusCode(202).body("id", equalTo((int) id));

        JsonPath end = awaitEnd(id, Duration.ofSeconds(60));
        assertThat(end.getString("status")).as(end.getString("error")).isEqualTo("DONE");
        assertThat(end.getBoolean("stoppedEarly")).isTrue();
        assertThat(end.getDouble("elapsedSeconds")).isLessThan(120);
        given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200).body("routes", org.hamcrest.Matchers.notNullValue());
        given().when().post("/api/v1/plans/" + id + "/stop").then().statusCode(409)
                .body("detail", containsString("DONE"));
        given().when().delete("/api/v1/plans/" + id).then().statusCode(204);
        given().when().get("/api/v1/plans/" + id).then().statusCode(404);
    }

    @Test
    void aFullQueueIsRefusedWith429AndQueuedPlansCanBeDeleted() {
        long solving = start(600);
        awaitSolving(solving, false, SOLVE_TIMEOUT);
        List<Long> queued = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            queued.add(start(600));
        }
        int before = plansOfCounty();
        post(CODE, "{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":5}").statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("30"))
                .body("detail", containsString("gongpei.jobs.max-queued"));
        assertThat(plansOfCounty()).isEqualTo(before);
        for (long id : queued) {
            given().when().get("/api/v1/plans/" + id).then().body("status", equalTo("QUEUED"));
            given().when().delete("/api/v1/plans/" + id).then().statusCode(204);
        }
        given().when().post("/api/v1/plans/" + solving + "/stop").then().statusCode(202);
        assertThat(awaitEnd(solving, Duration.ofSeconds(60)).getString("status")).isEqualTo("DONE");
        for (long id : queued) {
            given().when().get("/api/v1/plans/" + id).then().statusCode(404);
        }
    }

    @Test
    void aSolveLeftByACrashIsMarkedInterruptedAtStartup() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            StoredPlan plan = new StoredPlan();
            plan.county = counties.findByCode(CODE).orElseThrow();
            plan.planDate = LocalDate.parse(DATE);
            plan.state = JobState.queued(DemandSource.GENERATED);
            plan.state.status = JobStatus.SOLVING;
            plan.demandSeed = 1L;
            plan.hubChoice = HubChoice.DESIGNATED;
            plan.timeLimitSeconds = 30;
            plan.state.startedAt = plan.state.createdAt;
            plan.state.phase = "LAST_MILE";
            plan.demand = "{\"date\":\"" + DATE + "\",\"down\":[],\"up\":[]}";
            storedPlans.persist(plan);
            return plan.id;
        });
        assertThat(recovery.recover()).isGreaterThanOrEqualTo(1);
        given().when().get("/api/v1/plans/" + id)
                .then().statusCode(200)
                .body("status", equalTo("INTERRUPTED"))
                .body("error", equalTo(JobRecovery.RESTARTED))
                .body("finishedAt", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(409);
    }

    @Test
    void badRequestsNameWhatIsWrongAndStoreNothing() {
        int before = plansOfCounty();
        post("NOPE", "{\"date\":\"" + DATE + "\"}").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NOPE"));
        post(CODE, "{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":0}").statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("timeLimitSeconds"));
        post(CODE, "{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":601}").statusCode(422)
                .body("errors[0].message", containsString("601"));
        post(CODE, "{\"timeLimitSeconds\":5}").statusCode(422).body("errors.field", hasItem("date"));
        post(CODE, "{\"date\":\"2025-02-30\"}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].location", equalTo("date"));
        post(CODE, "{\"date\":\"" + DATE + "\",\"hubs\":\"SOME\"}").statusCode(400)
                .body("errors[0].location", equalTo("hubs"));
        post(CODE, "{\"date\":\"" + DATE + "\",\"limit\":5}").statusCode(400)
                .body("errors[0].message", containsString("limit"));
        given().when().get("/api/v1/plans/424242").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/plans/424242/result").then().statusCode(404);
        given().when().post("/api/v1/plans/424242/stop").then().statusCode(404);
        assertThat(plansOfCounty()).isEqualTo(before);
    }

    @Test
    void aCountyWithoutRoadsIsPlannedOnAStatedEstimateThatEveryResultNames() {
        given().contentType(ContentType.JSON).body(org.gongpei.service.TestCounties.small("PN001"))
                .queryParam("replace", true).when().post("/api/v1/counties").then().statusCode(201);
        given().when().get("/api/v1/counties/PN001/road-networks/current").then().statusCode(200)
                .body("source", equalTo("ESTIMATE")).body("networkId", equalTo(null))
                .body("estimate.detourFactor", equalTo(1.3f)).body("estimate.speedKmh.VAN", equalTo(35f));

        long id = post("PN001", "{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":2}").statusCode(202)
                .body("roads.source", equalTo("ESTIMATE")).extract().jsonPath().getLong("id");
        JsonPath done = awaitEnd(id, Duration.ofMinutes(3));
        assertThat(done.getString("status")).as(done.prettify()).isEqualTo("DONE");
        assertThat(done.getFloat("roads.estimate.detourFactor")).isEqualTo(1.3f);
        assertThat(done.getMap("roads.estimate.speedKmh")).containsKeys("VAN", "BOX_TRUCK", "REFRIGERATED_TRUCK",
                "ELECTRIC_TRICYCLE");
        JsonPath result = given().when().get("/api/v1/plans/" + id + "/result").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getFloat("roadEstimate.detourFactor")).isEqualTo(1.3f);
        assertThat(result.getList("routes")).isNotEmpty();
        given().when().get("/api/v1/plans/" + id + "/revisions/0").then().statusCode(200)
                .body("roadEstimate.detourFactor", equalTo(1.3f));
        assertThat(given().when().get("/api/v1/plans/" + id + "/sheets").then().statusCode(200).extract().asString())
                .contains("估算结果：本县没有路网，里程按直线距离 × 1.30 估算");
        JsonPath legs = given().when().get("/api/v1/plans/" + id + "/routes/" + result.getString("routes[0].vehicleId")
                + "/geometry").then().statusCode(200).extract().jsonPath();
        assertThat(legs.getBoolean("estimate")).isTrue();
        assertThat(legs.getList("legs")).isNotEmpty().allSatisfy(leg -> assertThat((List<?>) leg).hasSize(2));
        // The road check needs a real network: it names where to get one.
        given().when().get("/api/v1/counties/PN001/road-check").then().statusCode(404)
                .body("detail", containsString("gongpei.roads.file.\"PN001\""));
    }

    private static io.restassured.response.ValidatableResponse post(String county, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/counties/" + county + "/plans").then();
    }

    static int plansOfCounty() {
        return given().when().get("/api/v1/counties/" + CODE + "/plans").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }
}
