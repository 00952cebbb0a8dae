package org.gongpei.planning.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.siting.StationChoice;
import org.junit.jupiter.api.Test;

class StationSitingTest {

    /**
     * 东乡 along a road (0.01° of latitude ≈ 1.45 km by road at a 1.3 detour): 甲村 (800 residents, a station today),
     * 乙村 1.45 km on, 丙村 (poor) 5.8 km from 甲村, 丁村 1.45 km past 丙村, 戊村 4.3 km past 丁村; 西乡: 己村 and 庚村
     * side by side, no station.
     */
    private static final CountyNetworkData COUNTY = new CountyNetworkData("G1", "试县", "省", "省会", null,
            new CentreData("中心", 36.29, 115.0),
            List.of(new TownshipData("T1", "东乡", null, null), new TownshipData("T2", "西乡", null, null)), List.of(),
            List.of(new VillageData("A", "甲村", "T1", 36.300, 115.0, 800, false, true),
                    new VillageData("B", "乙村", "T1", 36.310, 115.0, 200, false, false),
                    new VillageData("C", "丙村", "T1", 36.340, 115.0, 200, true, false),
                    new VillageData("D", "丁村", "T1", 36.350, 115.0, 100, false, false),
                    new VillageData("E", "戊村", "T1", 36.380, 115.0, 150, false, false),
                    new VillageData("F", "己村", "T2", 36.500, 115.2, 300, false, false),
                    new VillageData("G", "庚村", "T2", 36.505, 115.2, 300, false, false)),
            List.of());
    private static final MatrixSource ROADS = MatrixSource.haversine(1.3, 30);
    private static final StationSitingSettings SETTINGS = StationSitingSettings.defaults()
            .withSearch(Duration.ofSeconds(2), 0);

    @Test
    void theRulesHoldAtTheLeastCost() {
        StationSitingResult result = StationSiting.plan(COUNTY, ROADS, SETTINGS);

        assertThat(result.check().violations()).isEmpty();
        Map<String, StationChoice> choices = result.villages().stream()
                .collect(Collectors.toMap(VillageStation::code, VillageStation::choice));
        assertThat(choices).containsEntry("A", StationChoice.EXISTING) // kept: 800 residents
                .containsEntry("B", StationChoice.NONE) // 1.45 km from 甲村
                .containsEntry("C", StationChoice.UPGRADED) // poor
                .containsEntry("D", StationChoice.NONE) // 1.45 km from 丙村
                .containsEntry("E", StationChoice.UPGRADED); // 5.8 km from 丙村 and 4.3 km from 丁村: no station within 3 km
        assertThat(List.of(choices.get("F"), choices.get("G"))).containsExactlyInAnyOrder(StationChoice.UPGRADED,
                StationChoice.NONE); // 西乡 needs one
        assertThat(result.stationsKept()).isEqualTo(1);
        assertThat(result.stationsUpgraded()).isEqualTo(3);
        assertThat(result.stationsNew()).isZero();
        assertThat(result.stationsClosed()).isZero();
        assertThat(result.constructionCostYuan()).isEqualTo(15_000); // 3 upgrades of 5,000 yuan
        assertThat(result.allVillagesCostYuan()).isEqualTo(30_000); // 6 villages without a station today
        assertThat(result.deliveryCostYuan()).isEqualTo(18_000); // 4 stations × 5 yuan × 300 days × 3 years
    }

    @Test
    void coverageFiguresBeforeAndAfter() {
        StationSitingResult result = StationSiting.plan(COUNTY, ROADS, SETTINGS);

        // today: 甲村 only; it reaches 乙村; 丙村 (poor) has none; 西乡 none
        assertThat(result.today()).isEqualTo(new StationCoverage(7, 1, 1, 0, 1, 1, 2, 1, 2));
        // 50 % of 7 asks 4: 甲村, 丙村, 戊村 and one in 西乡
        assertThat(result.proposed()).isEqualTo(new StationCoverage(7, 4, 1, 1, 1, 1, 2, 2, 7));
        assertThat(result.proposed().stationShare()).isEqualTo(4 / 7.0);
        VillageStation served = result.villages().stream().filter(village -> village.code().equals("D")).findFirst()
                .orElseThrow();
        assertThat(served.servedFromCode()).isEqualTo("C");
        assertThat(served.servedFromMetres()).isBetween(1_400.0, 1_500.0);
    }

    @Test
    void aVillageWithoutPremisesGetsANewStation() {
        StationSitingResult result = StationSiting.plan(COUNTY, ROADS, SETTINGS.withVillagesWithoutPremises(Set.of("E")));

        assertThat(result.villages()).filteredOn(village -> village.code().equals("E")).singleElement()
                .satisfies(village -> {
                    assertThat(village.choice()).isEqualTo(StationChoice.NEW); // no other village within 3 km
                    assertThat(village.constructionCostYuan()).isEqualTo(30_000);
                });
        assertThat(result.constructionCostYuan()).isEqualTo(40_000); // 2 upgrades and 1 new station
        assertThat(result.allVillagesCostYuan()).isEqualTo(55_000); // 5 upgrades and 1 new station
    }

    @Test
    void todaysStationsAreKeptUnlessTheSettingsLetThePlanDoWithoutThem() {
        // 乙村 has a station today that no rule needs: 甲村's is 1.45 km away
        CountyNetworkData withStationInB = new CountyNetworkData(COUNTY.code(), COUNTY.name(), COUNTY.province(),
                COUNTY.provincialCapital(), COUNTY.note(), COUNTY.centre(), COUNTY.townships(), COUNTY.hubs(),
                COUNTY.villages().stream().map(v -> new VillageData(v.code(), v.name(), v.townshipCode(), v.lat(),
                        v.lon(), v.population(), v.poor(), v.station() || v.code().equals("B"))).toList(),
                COUNTY.boundary());

        StationSitingResult kept = StationSiting.plan(withStationInB, ROADS, SETTINGS);
        StationSitingResult free = StationSiting.plan(withStationInB, ROADS, SETTINGS.withKeepTodaysStations(false));

        assertThat(kept.check().violations()).isEmpty();
        assertThat(kept.stationsKept()).isEqualTo(2);
        assertThat(kept.stationsClosed()).isZero();
        assertThat(kept.proposed().stations()).isEqualTo(5);
        assertThat(free.check().violations()).isEmpty();
        assertThat(free.stationsClosed()).isEqualTo(1); // saves 4,500 yuan of delivery over 3 years
        assertThat(free.proposed().stations()).isEqualTo(4);
        assertThat(free.deliveryCostYuan()).isEqualTo(kept.deliveryCostYuan() - 4_500);
    }

    @Test
    void aHigherShareAsksMoreStations() {
        StationSitingResult result = StationSiting.plan(COUNTY, ROADS, SETTINGS.withMinStationShare(0.6));

        assertThat(result.check().violations()).isEmpty();
        assertThat(result.proposed().stations()).isEqualTo(5); // 60 % of 7 is 4.2
    }

    @Test
    void settingsOutOfRangeAreRefusedWithASentence() {
        assertThatThrownBy(() -> StationSitingSettings.defaults().withMinStationShare(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The share of villages with a station must be between 0 and 1, got 1.5.");
        assertThatThrownBy(() -> StationSitingSettings.defaults().withReachMetres(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The reach must be a finite distance of 0 m or more, got -1.0 m.");
    }

    @Test
    void roadDistancesAreBetweenTheCountysVillages() {
        var distances = StationSiting.roadDistances(COUNTY, ROADS);

        assertThat(distances.size()).isEqualTo(7);
        assertThat(distances.metres(0, 1)).isBetween(1_400.0, 1_500.0); // 甲村 to 乙村, 0.01° at a 1.3 detour
    }
}
