package org.gongpei.service.job;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongpei.service.plan.PlanTestCounty.CODE;
import static org.gongpei.service.plan.PlanTestCounty.DATE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.service.analysis.StoredAnalysis;
import org.gongpei.service.analysis.StoredAnalysisRepository;
import org.gongpei.service.calendar.CalendarKind;
import org.gongpei.service.calendar.StoredCalendar;
import org.gongpei.service.calendar.StoredCalendarRepository;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.service.county.CountyRepository;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.plan.PlanJobs;
import org.gongpei.service.plan.PlanRequest;
import org.gongpei.service.plan.PlanRequests;
import org.gongpei.service.plan.PlanService;
import org.gongpei.service.roads.RoadNetworks;
import org.gongpei.service.roads.RoadVersion;
import org.gongpei.service.plan.PlanTestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of job through the one machinery: its queue, its event stream, its recovery and dead-job handling. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class JobsApiTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @Inject
    JobRecovery recovery;

    @Inject
    JobScheduler scheduler;

    @Inject
    Jobs jobs;

    @Inject
    PlanJobs planJobs;

    @Inject
    PlanService plans;

    @Inject
    CountyService countyService;

    @Inject
    RoadNetworks roadNetworks;

    @ConfigProperty(name = Jobs.MAX_QUEUED)
    int maxQueued;

    @Inject
    DataSource dataSource;

    @Inject
    CountyRepository counties;

    @Inject
    StoredAnalysisRepository analyses;

    @Inject
    StoredCalendarRepository calendars;

    @BeforeEach
    void county() {
        PlanTestCounty.ensureImported();
    }

    @Test
    void aFullQueueRefusesEveryKindWith429AndRetryAfter() {
        long solving = startPlan(600);
        awaitStatus("/api/v1/plans/" + solving, "SOLVING");
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            queued.add(startPlan(600));
        }
        try {
            int analysesBefore = given().get("/api/v1/counties/" + CODE + "/analyses").jsonPath().getList("$").size();
            refused("/plans", "{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":5}");
            refused("/analyses", "{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":1}");
            refused("/calendars", "{\"dayTimeLimitSeconds\":1}");
            refused("/target-costs", "{\"dayTimeLimitSeconds\":1}");
            assertThat(given().get("/api/v1/counties/" + CODE + "/analyses").jsonPath().getList("$"))
                    .hasSize(analysesBefore);
        } finally {
            for (long id : queued) {
                given().when().delete("/api/v1/plans/" + id).then().statusCode(204);
            }
            given().when().post("/api/v1/plans/" + solving + "/stop").then().statusCode(202);
        }
        assertThat(PlanTestCounty.awaitEnd(solving, Duration.ofSeconds(60)).getString("status")).isEqualTo("DONE");
    }

    @Test
    void concurrentPlanRequestsNeverQueueMoreThanAllowed() throws InterruptedException, ExecutionException {
        long solving = startPlan(600);
        awaitStatus("/api/v1/plans/" + solving, "SOLVING");
        long room = maxQueued - scheduler.queued();
        int requests = 24;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        List<Long> accepted = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":600}")
                            .when().post("/api/v1/counties/" + CODE + "/plans");
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                if (response.statusCode() == 202) {
                    accepted.add(response.jsonPath().getLong("id"));
                } else {
                    assertThat(response.statusCode()).as(response.asString()).isEqualTo(429);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.header("Retry-After")).isEqualTo(String.valueOf(Jobs.RETRY_AFTER_SECONDS));
                    refused++;
                }
            }
            assertThat(accepted).as("accepted while %d places were free", room).hasSize((int) room);
            assertThat(refused).isEqualTo(requests - room);
            assertThat(scheduler.queued()).isEqualTo(maxQueued);
            for (long id : accepted) {
                given().get("/api/v1/plans/" + id).then().statusCode(200).body("status", equalTo("QUEUED"));
            }
        } finally {
            clients.shutdownNow();
            for (long id : accepted) {
                given().when().delete("/api/v1/plans/" + id).then().statusCode(204);
            }
            given().when().post("/api/v1/plans/" + solving + "/stop").then().statusCode(202);
        }
        assertThat(PlanTestCounty.awaitEnd(solving, Duration.ofSeconds(60)).getString("status")).isEqualTo("DONE");
    }

    @Test
    void countingAndStoringAJobAreOneStepEvenWhenStoringIsSlow() throws InterruptedException, ExecutionException {
        long solving = startPlan(600);
        awaitStatus("/api/v1/plans/" + solving, "SOLVING");
        long room = maxQueued - scheduler.queued();
        PlanRequests.Options options = PlanRequests.check(new PlanRequest(LocalDate.parse(DATE), 600, null, null));
        DayDemand demand = DayDemand.generated(countyService.network(CODE), options.date(), 1L);
        RoadVersion roads = roadNetworks.current(CODE);
        int submitters = 8;
        ExecutorService threads = Executors.newFixedThreadPool(submitters);
        List<Long> accepted = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> submitted = new ArrayList<>();
            for (int i = 0; i < submitters; i++) {
                submitted.add(threads.submit(() -> {
                    start.await();
                    try {
                        return jobs.submit(planJobs, () -> {
                            pause(Duration.ofMillis(300));
                            return plans.create(CODE, options, demand, DemandSource.GENERATED, 1L, roads).id();
                        }).id();
                    } catch (QueueFullException e) {
                        return null;
                    }
                }));
            }
            start.countDown();
            for (Future<Long> id : submitted) {
                if (id.get() != null) {
                    accepted.add(id.get());
                }
            }
            assertThat(accepted).as("stored while %d places were free", room).hasSize((int) room);
            assertThat(scheduler.queued()).isEqualTo(maxQueued);
        } finally {
            threads.shutdownNow();
            for (long id : accepted) {
                given().when().delete("/api/v1/plans/" + id).then().statusCode(204);
            }
            given().when().post("/api/v1/plans/" + solving + "/stop").then().statusCode(202);
        }
        assertThat(PlanTestCounty.awaitEnd(solving, Duration.ofSeconds(60)).getString("status")).isEqualTo("DONE");
    }

    @Test
    void anAnalysisStreamEndsWithItsDoneDocument() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":1,\"scenarios\":[\"JOINT\"]}")
                .when().post("/api/v1/counties/" + CODE + "/analyses")
                .then().statusCode(202).extract().header("Location");
        String last = lastEvent(location);
        assertThat(last).contains("\"status\":\"DONE\"").contains("\"report\":{");
        assertThat(JsonPath.from(last).getLong("id")).isEqualTo(JsonPath.from(given().get(location).asString()).getLong("id"));
        given().when().get("/api/v1/analyses/987654/events").then().statusCode(404);
    }

    @Test
    void aCalendarStreamEndsWithItsDoneDocument() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"serviceDays\":[\"MON\",\"THU\"],\"dayTimeLimitSeconds\":1}")
                .when().post("/api/v1/counties/" + CODE + "/calendars")
                .then().statusCode(202).extract().header("Location");
        String last = lastEvent(location);
        assertThat(last).contains("\"status\":\"DONE\"").contains("\"kind\":\"CALENDAR\"");
        assertThat(JsonPath.from(last).getString("result.serviceDays")).contains("MON");
        given().when().get("/api/v1/calendars/987654/events").then().statusCode(404);
        given().when().get("/api/v1/target-costs/987654/events").then().statusCode(404);
    }

    @Test
    void recoveryInterruptsOnlyTheJobsWithoutAnExecution() throws SQLException {
        long gone = storeAnalysis(0);
        long stale = storeCalendar(1);
        long live = storeCalendar(0);
        execution("calendar-" + stale, "another-instance", Instant.now().minus(Duration.ofHours(1)));
        execution("calendar-" + live, "another-instance", Instant.now());
        try {
            recovery.recover();

            JsonPath goneStatus = given().get("/api/v1/analyses/" + gone).then().statusCode(200).extract().jsonPath();
            assertThat(goneStatus.getString("status")).isEqualTo("INTERRUPTED");
            assertThat(goneStatus.getString("error")).isEqualTo(JobRecovery.RESTARTED);
            assertThat(goneStatus.getString("finishedAt")).isNotNull();
            given().get("/api/v1/calendars/" + stale).then().body("status", equalTo("SOLVING"));
            given().get("/api/v1/calendars/" + live).then().body("status", equalTo("SOLVING"));
            assertThat(executionExists("calendar-" + stale)).as("another instance's execution is left alone").isTrue();
            assertThat(executionExists("calendar-" + live)).isTrue();
        } finally {
            deleteExecution("calendar-" + stale);
            deleteExecution("calendar-" + live);
            QuarkusTransaction.requiringNew().run(() -> {
                calendars.deleteById(stale);
                calendars.deleteById(live);
            });
        }
    }

    @Test
    void aJobWhoseInstanceStoppedHeartbeatingRunsAgainOnceThenEndsInterrupted() throws SQLException {
        String location = given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":1,\"scenarios\":[\"JOINT\"]}")
                .when().post("/api/v1/counties/" + CODE + "/analyses")
                .then().statusCode(202).extract().header("Location");
        assertThat(PlanTestCounty.awaitEnd(location, TIMEOUT).getString("status")).isEqualTo("DONE");
        long done = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String request = QuarkusTransaction.requiringNew().call(() -> analyses.findById(done).request);
        long again = storeAnalysis(0);
        QuarkusTransaction.requiringNew().run(() -> analyses.findById(again).request = request);
        long enough = storeCalendar(1);
        Instant silent = Instant.now().minus(Duration.ofHours(1));
        execution("analysis-" + again, "a-dead-instance", silent);
        execution("calendar-" + enough, "a-dead-instance", silent);
        try {
            JsonPath rerun = PlanTestCounty.awaitEnd("/api/v1/analyses/" + again, TIMEOUT);
            assertThat(rerun.getString("status")).as("re-run here after the heartbeat was missed").isEqualTo("DONE");
            assertThat(QuarkusTransaction.requiringNew().call(() -> analyses.findById(again).state.reruns)).isEqualTo(1);

            JsonPath interrupted = PlanTestCounty.awaitEnd("/api/v1/calendars/" + enough, TIMEOUT);
            assertThat(interrupted.getString("status")).isEqualTo("INTERRUPTED");
            assertThat(interrupted.getString("error")).isEqualTo(JobRunner.DEAD);
            assertThat(executionExists("calendar-" + enough)).isFalse();
        } finally {
            deleteExecution("analysis-" + again);
            deleteExecution("calendar-" + enough);
        }
    }

    @Test
    void theJobSchedulerIsReady() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'jobs' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'jobs' }.data.queued", notNullValue())
                .body("checks.find { it.name == 'jobs' }.data.threads", equalTo(1));
    }

    private static long startPlan(int timeLimitSeconds) {
        return given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":" + timeLimitSeconds + "}")
                .when().post("/api/v1/counties/" + CODE + "/plans")
                .then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static void refused(String kind, String body) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/counties/" + CODE + kind)
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(Jobs.RETRY_AFTER_SECONDS)))
                .body("detail", containsString("gongpei.jobs.max-queued"));
    }

    private static void awaitStatus(String path, String status) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!status.equals(given().get(path).jsonPath().getString("status"))) {
            assertThat(Instant.now()).as("%s never %s", path, status).isBefore(deadline);
            sleep();
        }
    }

    /** Follows the job's event stream to its end; @return the data of its last event */
    private static String lastEvent(String location) {
        String stream = given().accept("text/event-stream").when().get(location + "/events")
                .then().statusCode(200).contentType(startsWith("text/event-stream")).extract().asString();
        List<String> events = stream.lines().filter(line -> line.startsWith("data:")).toList();
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1).substring("data:".length());
    }

    private long storeAnalysis(int reruns) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredAnalysis analysis = new StoredAnalysis();
            analysis.county = counties.findByCode(CODE).orElseThrow();
            analysis.analysisDate = LocalDate.parse(DATE);
            analysis.state = solving();
            analysis.state.reruns = reruns;
            analysis.demandSeed = 1L;
            analysis.timeLimitSeconds = 1;
            analysis.request = "{\"date\":\"" + DATE + "\",\"demandSeed\":1,\"timeLimitSeconds\":1,"
                    + "\"scenarios\":[\"JOINT\"],\"tolerancePercent\":10,\"remoteRoadSeconds\":0,"
                    + "\"remoteVillages\":[],\"revenueFenPerParcel\":80,\"volumeGrowthPercent\":10}";
            analyses.persist(analysis);
            return analysis.id;
        });
    }

    private long storeCalendar(int reruns) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredCalendar calendar = new StoredCalendar();
            calendar.county = counties.findByCode(CODE).orElseThrow();
            calendar.kind = CalendarKind.CALENDAR;
            calendar.state = solving();
            calendar.state.reruns = reruns;
            calendar.request = "{}";
            calendars.persist(calendar);
            return calendar.id;
        });
    }

    private static JobState solving() {
        JobState state = JobState.queued(DemandSource.GENERATED);
        state.status = JobStatus.SOLVING;
        state.startedAt = state.createdAt;
        state.phase = "day 1";
        return state;
    }

    /** Stores an execution of the job as another instance picked it. */
    private void execution(String instance, String pickedBy, Instant heartbeat) throws SQLException {
        String[] key = instance.split("-");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into scheduled_tasks (task_name,"
                        + " task_instance, task_data, execution_time, picked, picked_by, last_heartbeat, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, JobScheduler.TASK);
            insert.setString(2, instance);
            insert.setBytes(3, ("{\"kind\":\"" + key[0] + "\",\"id\":" + key[1] + "}").getBytes(StandardCharsets.UTF_8));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setBoolean(5, true);
            insert.setString(6, pickedBy);
            insert.setTimestamp(7, Timestamp.from(heartbeat));
            insert.executeUpdate();
        }
    }

    private boolean executionExists(String instance) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select 1 from scheduled_tasks where task_name = ? and task_instance = ?")) {
            select.setString(1, JobScheduler.TASK);
            select.setString(2, instance);
            return select.executeQuery().next();
        }
    }

    private void deleteExecution(String instance) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from scheduled_tasks where task_name = ? and task_instance = ?")) {
            delete.setString(1, JobScheduler.TASK);
            delete.setString(2, instance);
            delete.executeUpdate();
        }
    }

    private static void sleep() {
        pause(Duration.ofMillis(200));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
