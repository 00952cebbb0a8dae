package org.gongpei.service.parity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.plan.PlanTestCounty;

/**
 * The plan tests' Daming subset under a code of its own ({@value #CODE}, on Daming's roads in the test profile) and
 * in a province of its own ({@value #PROVINCE}), so that its references and remote rule are these tests' alone.
 */
final class ParityTestCounty {

    static final String CODE = "Q130425";
    static final String PROVINCE = "测试省Q";
    static final String CAPITAL = "测试市Q";

    private ParityTestCounty() {
    }

    static CountyNetworkData network() {
        CountyNetworkData plan = PlanTestCounty.network();
        return new CountyNetworkData(CODE, "平价测试县", PROVINCE, CAPITAL, "Daming demo sites, a subset, for parity tests",
                plan.centre(), plan.townships(), plan.hubs(), plan.villages(), plan.boundary());
    }

    /** Imports the county unless the service has it already; returns its network. */
    static CountyNetworkData ensureImported() {
        if (given().when().get("/api/v1/counties/" + CODE + "/summary").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(network()).queryParam("replace", true)
                    .when().post("/api/v1/counties").then().statusCode(201);
        }
        return network();
    }
}
