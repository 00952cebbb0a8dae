package org.gongpei.service;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;

/** Small county networks for tests: real Daming codes and names, synthetic coordinates. */
public final class TestCounties {

    static final double CENTRE_LAT = 36.285;
    static final double CENTRE_LON = 115.148;

    private TestCounties() {
    }

    /** Two townships, one hub, four villages, an outline of about 20 km around the centre. */
    public static CountyNetworkData small(String code) {
        return withVillages(code, villages());
    }

    static CountyNetworkData withVillages(String code, List<VillageData> villages) {
        return new CountyNetworkData(code, "测试县" + code, "河北省", "石家庄市", "synthetic test county",
                new CentreData("测试共配中心", CENTRE_LAT, CENTRE_LON), townships(), hubs(), villages, outline());
    }

    static List<TownshipData> townships() {
        return List.of(new TownshipData("130425100", "大名镇", CENTRE_LAT, CENTRE_LON),
                new TownshipData("130425101", "杨桥镇", 36.33, 115.10));
    }

    static List<HubData> hubs() {
        return List.of(new HubData("H101", "杨桥镇共配站", "130425101", 36.33, 115.10, true, true, 3000));
    }

    static List<VillageData> villages() {
        List<VillageData> villages = new ArrayList<>();
        villages.add(new VillageData("130425100001", "北关社区居民委员会", "130425100", 36.29, 115.15, 2100, false, true));
        villages.add(new VillageData("130425100002", "一铺社区居民委员会", "130425100", 36.28, 115.16, 800, false, true));
        villages.add(new VillageData("130425101201", "杨桥村", "130425101", 36.34, 115.09, 450, true, true));
        villages.add(new VillageData("130425101202", "后杨桥村", "130425101", 36.35, 115.11, 300, false, false));
        return villages;
    }

    static List<List<List<Double>>> outline() {
        return List.of(List.of(List.of(115.0, 36.2), List.of(115.3, 36.2), List.of(115.3, 36.45),
                List.of(115.0, 36.45), List.of(115.0, 36.2)));
    }
}
