package org.gongpei.service.design;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/**
 * A county for network design tests on Daming's synthetic roads (configured for the test code {@value #CODE}):
 * the demo county's centre, its designated hubs and every {@value #VILLAGE_STEP}th village, with today's stations
 * and poor villages as the demo has them.
 */
public final class StationPlanTestCounty {

    public static final String CODE = "S130425";
    static final int VILLAGE_STEP = 25;

    private StationPlanTestCounty() {
    }

    public static CountyNetworkData network() {
        CountyNetworkData daming = DemoCounties.daming();
        List<HubData> hubs = daming.hubs().stream().filter(HubData::designated).toList();
        List<VillageData> villages = new ArrayList<>();
        for (int i = 0; i < daming.villages().size(); i += VILLAGE_STEP) {
            villages.add(daming.villages().get(i));
        }
        Set<String> townshipCodes = villages.stream().map(VillageData::townshipCode).collect(Collectors.toSet());
        hubs.forEach(hub -> townshipCodes.add(hub.townshipCode()));
        List<TownshipData> townships = daming.townships().stream().filter(t -> townshipCodes.contains(t.code()))
                .toList();
        return new CountyNetworkData(CODE, "测试站点县", daming.province(), daming.provincialCapital(),
                "Daming demo sites, a subset, for network design tests", daming.centre(), townships, hubs, villages,
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
