package org.gongpei.solver.siting;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.gongpei.solver.siting.SitingJustifications.ConstructionCost;
import org.gongpei.solver.siting.SitingJustifications.DeliveryCost;
import org.gongpei.solver.siting.SitingJustifications.LargeVillageWithoutStation;
import org.gongpei.solver.siting.SitingJustifications.PoorVillageWithoutStation;
import org.gongpei.solver.siting.SitingJustifications.StationShare;
import org.gongpei.solver.siting.SitingJustifications.TownshipWithoutStation;
import org.gongpei.solver.siting.SitingJustifications.VillageOutOfReach;
import org.junit.jupiter.api.Test;

class SitingConstraintProviderTest {

    /** 0.5 share, 500 residents, 3 km reach, 5 yuan a station and day, 300 days, 3 years: 4,500 yuan a station. */
    static final SitingRules RULES = new SitingRules(0.5, 500, 3_000, 500, 300, 3);
    /** Villages on a straight road at 0, 2, 5 and 9 km. */
    private static final double[] KM = {0, 2, 5, 9};
    static final VillageDistances LINE = line(KM);
    private static final SitingTownship EAST = new SitingTownship("T1", "东乡");
    private static final SitingTownship WEST = new SitingTownship("T2", "西乡");

    private final ConstraintVerifier<SitingConstraintProvider, SitingPlan> verifier =
            ConstraintVerifier.build(new SitingConstraintProvider(), SitingPlan.class, VillageSite.class);

    static VillageDistances line(double[] km) {
        double[] metres = new double[km.length * km.length];
        for (int i = 0; i < km.length; i++) {
            for (int j = 0; j < km.length; j++) {
                metres[i * km.length + j] = Math.abs(km[i] - km[j]) * 1_000;
            }
        }
        return new VillageDistances(km.length, metres);
    }

    /** Village {@code index} of the line: townships 东乡 for 0 to 2, 西乡 for 3; upgrade 5,000 yuan, new 30,000 yuan. */
    private static VillageSite village(int index, int population, boolean poor, boolean existing, StationChoice choice) {
        VillageSite village = new VillageSite(index, "V" + index, "村" + index, index < 3 ? "T1" : "T2", population,
                poor, existing, 500_000, 3_000_000, LINE);
        village.setChoice(choice);
        return village;
    }

    @Test
    void stationSharePenalisesTheMissingStations() {
        verifier.verifyThat(SitingConstraintProvider::stationShare)
                .given(RULES, village(0, 100, false, false, StationChoice.NEW),
                        village(1, 100, false, false, StationChoice.NONE),
                        village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NONE))
                .justifiesWithExactly(new StationShare(4, 1, 2, 0.5))
                .penalizesBy(1); // 1 station of 4 villages, 50 % asks 2
    }

    @Test
    void stationShareRoundsTheShareUp() {
        SitingRules sixty = new SitingRules(0.6, 500, 3_000, 500, 300, 3);
        verifier.verifyThat(SitingConstraintProvider::stationShare)
                .given(sixty, village(0, 100, false, false, StationChoice.NEW),
                        village(1, 100, false, false, StationChoice.UPGRADED),
                        village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NONE))
                .penalizesBy(1); // 60 % of 4 villages is 2.4: 3 stations needed, 2 built
    }

    @Test
    void stationShareAllowsExactlyTheShare() {
        verifier.verifyThat(SitingConstraintProvider::stationShare)
                .given(RULES, village(0, 100, false, true, StationChoice.EXISTING),
                        village(1, 100, false, false, StationChoice.NONE),
                        village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NEW))
                .penalizesBy(0); // 2 of 4 villages, 50 % asks 2
    }

    @Test
    void poorVillageStationPenalisesEachPoorVillageWithout() {
        verifier.verifyThat(SitingConstraintProvider::poorVillageStation)
                .given(village(0, 100, true, false, StationChoice.NONE),
                        village(1, 100, true, false, StationChoice.NEW),
                        village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, true, false, StationChoice.NONE))
                .justifiesWith(new PoorVillageWithoutStation("村0 (V0)"))
                .penalizesBy(2); // poor 村0 and 村3 have none; poor 村1 has one; 村2 is not poor
    }

    @Test
    void poorVillageStationAllowsPoorVillagesWithStations() {
        verifier.verifyThat(SitingConstraintProvider::poorVillageStation)
                .given(village(0, 100, true, true, StationChoice.EXISTING),
                        village(1, 100, true, false, StationChoice.UPGRADED))
                .penalizesBy(0); // both poor villages have a station
    }

    @Test
    void largeVillageStationPenalisesVillagesFromTheThreshold() {
        verifier.verifyThat(SitingConstraintProvider::largeVillageStation)
                .given(RULES, village(0, 500, false, false, StationChoice.NONE),
                        village(1, 499, false, false, StationChoice.NONE),
                        village(2, 2_000, false, false, StationChoice.NEW),
                        village(3, 800, false, false, StationChoice.NONE))
                .justifiesWith(new LargeVillageWithoutStation("村0 (V0)", 500, 500))
                .penalizesBy(2); // 村0 with exactly 500 and 村3 with 800 have none; 村1 is below, 村2 has one
    }

    @Test
    void largeVillageStationAllowsSmallVillagesWithout() {
        verifier.verifyThat(SitingConstraintProvider::largeVillageStation)
                .given(RULES, village(0, 499, false, false, StationChoice.NONE),
                        village(1, 600, false, true, StationChoice.EXISTING))
                .penalizesBy(0); // 村0 is below 500, 村1 has a station
    }

    @Test
    void townshipStationPenalisesEachTownshipWithout() {
        verifier.verifyThat(SitingConstraintProvider::townshipStation)
                .given(EAST, WEST, village(0, 100, false, false, StationChoice.NEW),
                        village(1, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NONE))
                .justifiesWithExactly(new TownshipWithoutStation("西乡 (T2)"))
                .penalizesBy(1); // 东乡 has 村0's station, 西乡's only village 村3 has none
    }

    @Test
    void townshipStationAllowsATownshipWithOneStation() {
        verifier.verifyThat(SitingConstraintProvider::townshipStation)
                .given(EAST, WEST, village(0, 100, false, false, StationChoice.NONE),
                        village(2, 100, false, false, StationChoice.UPGRADED),
                        village(3, 100, false, true, StationChoice.EXISTING))
                .penalizesBy(0); // 东乡 has 村2's, 西乡 村3's
    }

    @Test
    void reachPenalisesVillagesFartherThanTheReachFromEveryStationOfTheirTownship() {
        verifier.verifyThat(SitingConstraintProvider::reach)
                .given(RULES, village(0, 100, false, false, StationChoice.NEW),
                        village(1, 100, false, false, StationChoice.NONE),
                        village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NONE))
                .justifiesWith(new VillageOutOfReach("村2 (V2)", "3.0 km"))
                .penalizesBy(2); // 村1 is 2 km from 村0's station; 村2 is 5 km away; 村3 has no station in 西乡
    }

    @Test
    void reachIgnoresAStationOfAnotherTownship() {
        verifier.verifyThat(SitingConstraintProvider::reach)
                .given(RULES, village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NEW))
                .penalizesBy(1); // 村2 is 4 km from 村3, which is in 西乡 anyway
    }

    @Test
    void reachAllowsVillagesWithinReachOfTheirTownshipsStation() {
        verifier.verifyThat(SitingConstraintProvider::reach)
                .given(RULES, village(0, 100, false, false, StationChoice.NONE),
                        village(1, 100, false, false, StationChoice.NEW),
                        village(2, 100, false, false, StationChoice.NONE),
                        village(3, 100, false, false, StationChoice.NEW))
                .penalizesBy(0); // 村0 and 村2 are 2 and 3 km from 村1's station (3 km is within reach)
    }

    @Test
    void reachCountsTheLongerDirection() {
        double[] metres = {0, 2_000, 3_500, 0};
        VillageDistances oneWay = new VillageDistances(2, metres);
        VillageSite station = new VillageSite(0, "A", "甲村", "T1", 100, false, false, 500_000, 3_000_000, oneWay);
        station.setChoice(StationChoice.NEW);
        VillageSite served = new VillageSite(1, "B", "乙村", "T1", 100, false, false, 500_000, 3_000_000, oneWay);
        served.setChoice(StationChoice.NONE);
        verifier.verifyThat(SitingConstraintProvider::reach)
                .given(RULES, station, served)
                .penalizesBy(1); // 2 km from the station to 乙村, but 3.5 km back
    }

    @Test
    void constructionCostSumsUpgradesAndNewBuilds() {
        verifier.verifyThat(SitingConstraintProvider::constructionCost)
                .given(village(0, 100, false, true, StationChoice.EXISTING),
                        village(1, 100, false, false, StationChoice.UPGRADED),
                        village(2, 100, false, false, StationChoice.NEW),
                        village(3, 100, false, false, StationChoice.NONE))
                .justifiesWith(new ConstructionCost("村2 (V2)", StationChoice.NEW, 3_000_000))
                .penalizesBy(3_500_000); // kept station 0 + upgrade 500,000 fen + new 3,000,000 fen
    }

    @Test
    void constructionCostIsNothingForKeptStations() {
        verifier.verifyThat(SitingConstraintProvider::constructionCost)
                .given(village(0, 100, false, true, StationChoice.EXISTING),
                        village(1, 100, false, false, StationChoice.NONE))
                .penalizesBy(0); // a kept station and no station cost nothing to build
    }

    @Test
    void deliveryCostCountsEveryStation() {
        verifier.verifyThat(SitingConstraintProvider::deliveryCost)
                .given(RULES, village(0, 100, false, true, StationChoice.EXISTING),
                        village(1, 100, false, false, StationChoice.UPGRADED),
                        village(2, 100, false, false, StationChoice.NONE))
                .justifiesWith(new DeliveryCost("村0 (V0)", 450_000))
                .penalizesBy(900_000); // 2 stations × 500 fen × 300 days × 3 years
    }

    @Test
    void deliveryCostIsNothingWithoutStations() {
        verifier.verifyThat(SitingConstraintProvider::deliveryCost)
                .given(RULES, village(0, 100, false, false, StationChoice.NONE))
                .penalizesBy(0); // no station, no stop
    }

    @Test
    void justificationsExplainThemselves() {
        assertThat(new StationShare(668, 330, 334, 0.5).description())
                .isEqualTo("330 of 668 villages have a station; 50 % asks 334, 4 short.");
        assertThat(new PoorVillageWithoutStation("王村 (V1)").description())
                .isEqualTo("Poor village 王村 (V1) has no station; every registered poor village needs one.");
        assertThat(new LargeVillageWithoutStation("王村 (V1)", 1_200, 500).description())
                .isEqualTo("Village 王村 (V1) has 1,200 residents but no station; every village of 500 or more needs one.");
        assertThat(new TownshipWithoutStation("金滩镇 (T1)").description())
                .isEqualTo("Township 金滩镇 (T1) has no station; every township needs at least one.");
        assertThat(new VillageOutOfReach("王村 (V1)", "3.0 km").description())
                .isEqualTo("Village 王村 (V1) has no station and none of its township within 3.0 km by road.");
        assertThat(new ConstructionCost("王村 (V1)", StationChoice.UPGRADED, 500_000).description())
                .isEqualTo("Upgrading a building into a station in 王村 (V1) costs 5,000.00 yuan.");
        assertThat(new DeliveryCost("王村 (V1)", 450_000).description())
                .isEqualTo("Delivering to the station of 王村 (V1) costs 4,500.00 yuan over the horizon.");
    }
}
