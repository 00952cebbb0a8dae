package org.gongpei.service.design;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * A county for hub siting tests on Daming's synthetic roads (configured for the test code {@value #CODE}): the demo
 * county's centre, every hub site (today's and the candidate sites) and every {@value #VILLAGE_STEP}th village.
 */
public final class HubPlanTestCounty {

    public static final String CODE = "N130425";
    static final int VILLAGE_STEP = 25;

    private HubPlanTestCounty() {
    }

    public static CountyNetworkData network() {
        CountyNetworkData daming = DemoCounties.daming();
        List<VillageData> villages = new ArrayList<>();
        for (int i = 0; i < daming.villages().size(); i += VILLAGE_STEP) {
            villages.add(daming.villages().get(i));
        }
        Set<String> townshipCodes = villages.stream().map(VillageData::townshipCode).collect(Collectors.toSet());
        daming.hubs().forEach(hub -> townshipCodes.add(hub.townshipCode()));
        List<TownshipData> townships = daming.townships().stream().filter(t -> townshipCodes.contains(t.code()))
                .toList();
        return new CountyNetworkData(CODE, "测试乡镇站县", daming.province(), daming.provincialCapital(),
                "Daming demo sites, a subset, for hub siting tests", daming.centre(), townships, daming.hubs(), villages,
                daming.boundary());
    }

    /** Imports the county unless the service has it already; returns its network. */
    public static CountyNetworkData ensureImported() {
        CountyNetworkData county = network();
        if (given().when().get("/api/v1/counties/" + CODE + "/summary").statusCode() == 404) {
            given().contentType(ContentType.JSON).body(county).queryParam("replace", true)
                    .when().post("/api/v1/counties").then().statusCode(201);
        }
        return county;
    }
}
