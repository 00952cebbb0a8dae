package org.gongpei.service.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * A small county for plan tests on Daming's synthetic roads (configured for the test code
 * {@value #CODE}): the demo county's centre, two of its designated hubs and every 40th village, so
 * every site lies on the real road network of the demo.
 */
public final class PlanTestCounty {

    public static final String CODE = "P130425";
    public static final String DATE = "2025-06-16";
    static final int VILLAGE_STEP = 40;

    private PlanTestCounty() {
    }

    public static CountyNetworkData network() {
        CountyNetworkData daming = DemoCounties.daming();
        List<HubData> hubs = daming.hubs().stream().filter(HubData::designated).limit(2).toList();
        List<VillageData> villages = new ArrayList<>();
        for (int i = 0; i < daming.villages().size(); i += VILLAGE_STEP) {
            villages.add(daming.villages().get(i));
        }
        Set<String> townshipCodes = villages.stream().map(VillageData::townshipCode).collect(Collectors.toSet());
        hubs.forEach(hub -> townshipCodes.add(hub.townshipCode()));
        List<TownshipData> townships = daming.townships().stream().filter(t -> townshipCodes.contains(t.code())).toList();
        return new CountyNetworkData(CODE, "测试大名县", daming.province(), daming.provincialCapital(),
                "Daming demo sites, a subset, for plan tests", daming.centre(), townships, hubs, villages,
                daming.boundary());
    }

    /** Imports the county unless the service has it already; returns its network. */
    public static CountyNetworkData ensureImported() {
        if (given().when().get("/api/v1/counties/" + CODE + "/summary").statusCode() == 404) {
            return importFresh();
        }
        return network();
    }

    /** Imports the county afresh (its earlier plans go with it). */
    public static CountyNetworkData importFresh() {
        CountyNetworkData county = network();
        given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                .when().post("/api/v1/counties").then().statusCode(201);
        return county;
    }

    /** Starts a plan with generated demand and returns its id. */
    static long start(int timeLimitSeconds) {
        return given().contentType(ContentType.JSON)
                .body("{\"date\":\"" + DATE + "\",\"timeLimitSeconds\":" + timeLimitSeconds + "}")
                .when().post("/api/v1/counties/" + CODE + "/plans")
                .then().statusCode(202).extract().jsonPath().getLong("id");
    }

    /** Waits until the plan has left the queue and the solver; returns its last status document. */
    public static JsonPath awaitEnd(long id, Duration timeout) {
        return awaitEnd("/api/v1/plans/" + id, timeout);
    }

    /** Waits until the job at {@code path} (a plan, analysis or calendar) has left its queue and the solver. */
    public static JsonPath awaitEnd(String path, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonPath status = given().when().get(path).then().statusCode(200).extract().jsonPath();
            String state = status.getString("status");
            if (!state.equals("QUEUED") && !state.equals("SOLVING")) {
                return status;
            }
            assertThat(Instant.now()).as("%s still %s", path, state).isBefore(deadline);
            sleep(250);
        }
    }

    /** Waits until the plan is solving (past building its problem when {@code pastPreparing}). */
    static JsonPath awaitSolving(long id, boolean pastPreparing, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonPath status = given().when().get("/api/v1/plans/" + id).then().statusCode(200).extract().jsonPath();
            String state = status.getString("status");
            boolean preparing = PlanJobs.PREPARING.equals(status.getString("phase")) || status.getString("phase") == null;
            if (state.equals("SOLVING") && (!pastPreparing || !preparing)) {
                return status;
            }
            assertThat(state).as("plan %d", id).isIn("QUEUED", "SOLVING");
            assertThat(Instant.now()).as("plan %d still %s", id, state).isBefore(deadline);
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
