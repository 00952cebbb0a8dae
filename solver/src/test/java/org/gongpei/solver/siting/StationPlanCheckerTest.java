package org.gongpei.solver.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts from a plan meeting every rule and breaks one rule at a time: the checker must name the village or
 * township that breaks it, and no other rule.
 */
class StationPlanCheckerTest {

    private VillageDistances distances;
    private List<SitingTownship> townships;
    private VillageSite large;
    private VillageSite poor;
    private VillageSite near;
    private VillageSite far;
    private VillageSite west;

    @BeforeEach
    void fiveVillagesMeetingEveryRule() {
        // 东乡 on a road: 大村 at 0 km (800 residents, a station today), 贫村 at 2 km (poor), 近村 at 1 km,
        // 远村 at 4.5 km; 西乡: 西村 at 9 km
        distances = SitingConstraintProviderTest.line(new double[] {0, 2, 1, 4.5, 9});
        townships = List.of(new SitingTownship("T1", "东乡"), new SitingTownship("T2", "西乡"));
        large = new VillageSite(0, "L", "大村", "T1", 800, false, true, 400_000, 2_000_000, distances);
        poor = new VillageSite(1, "P", "贫村", "T1", 100, true, false, VillageSite.NO_UPGRADE, 2_000_000, distances);
        near = new VillageSite(2, "N", "近村", "T1", 100, false, false, 400_000, 2_000_000, distances);
        far = new VillageSite(3, "F", "远村", "T1", 100, false, false, 400_000, 2_000_000, distances);
        west = new VillageSite(4, "W", "西村", "T2", 100, false, false, 400_000, 2_000_000, distances);
        large.setChoice(StationChoice.EXISTING);
        poor.setChoice(StationChoice.NEW);
        near.setChoice(StationChoice.NONE); // 1 km from 大村
        far.setChoice(StationChoice.NONE); // 2.5 km from 贫村
        west.setChoice(StationChoice.UPGRADED);
    }

    private StationPlanCheck check() {
        return check(SitingConstraintProviderTest.RULES);
    }

    private StationPlanCheck check(SitingRules rules) {
        return StationPlanChecker.check(new SitingPlan(rules, townships, distances, List.of(large, poor, near, far,
                west)));
    }

    @Test
    void aPlanMeetingEveryRulePasses() {
        StationPlanCheck check = check();
        assertThat(check.violations()).isEmpty();
        assertThat(check.passes()).isTrue();
        assertThat(check.stations()).isEqualTo(3);
        assertThat(check.requiredStations()).isEqualTo(3); // 50 % of 5 villages, rounded up
        assertThat(check.constructionCostFen()).isEqualTo(2_400_000); // new 20,000 + upgrade 4,000 yuan; kept 0
        assertThat(check.deliveryCostFen()).isEqualTo(3 * 450_000); // 3 stations × 5 yuan × 300 days × 3 years
    }

    @Test
    void aShortShareIsNamed() {
        StationPlanCheck check = check(new SitingRules(0.7, 500, 3_000, 500, 300, 3));
        assertThat(check.violations()).containsExactly("Share of villages with a station: 3 of 5, the rule asks 4.");
    }

    @Test
    void aPoorVillageWithoutStationIsNamed() {
        poor.setChoice(StationChoice.NONE); // 2 km from 大村
        far.setChoice(StationChoice.NEW); // keeps the share
        assertThat(check().poorWithoutStation()).containsExactly("贫村 (P)");
        assertThat(check().violations()).containsExactly("Poor villages without a station (1): 贫村 (P).");
    }

    @Test
    void aLargeVillageWithoutStationIsNamed() {
        large.setChoice(StationChoice.NONE); // 1 km from 近村
        near.setChoice(StationChoice.NEW);
        assertThat(check().violations())
                .containsExactly("Villages above the population threshold without a station (1): 大村 (L).");
    }

    @Test
    void aTownshipWithoutStationIsNamed() {
        west.setChoice(StationChoice.NONE);
        near.setChoice(StationChoice.NEW); // keeps the share
        StationPlanCheck check = check();
        assertThat(check.townshipsWithoutStation()).containsExactly("西乡 (T2)");
        assertThat(check.violations()).containsExactly("Townships without a station (1): 西乡 (T2).",
                "Villages without a station of their township within reach (1): 西村 (W).");
    }

    @Test
    void aVillageOutOfReachIsNamed() {
        StationPlanCheck check = check(new SitingRules(0.5, 500, 2_000, 500, 300, 3)); // 远村 is 2.5 km from 贫村
        assertThat(check.outOfReach()).containsExactly("远村 (F)");
        assertThat(check.violations())
                .containsExactly("Villages without a station of their township within reach (1): 远村 (F).");
    }

    @Test
    void aStationOfAnotherTownshipDoesNotReach() {
        west.setChoice(StationChoice.NONE);
        far.setChoice(StationChoice.NEW);
        StationPlanCheck check = check(new SitingRules(0.5, 500, 5_000, 500, 300, 3)); // 西村 is 4.5 km from 远村
        assertThat(check.outOfReach()).containsExactly("西村 (W)");
    }

    @Test
    void aChoiceTheVillageDoesNotAllowIsNamed() {
        near.setChoice(StationChoice.EXISTING); // no station today
        poor.setChoice(StationChoice.UPGRADED); // no building to upgrade
        assertThat(check().violations())
                .containsExactly("Villages with a choice they do not allow (2): 贫村 (P), 近村 (N).");
    }

    @Test
    void aKeptStationGivenUpIsNamed() {
        large = new VillageSite(0, "L", "大村", "T1", 800, false, true, true, 400_000, 2_000_000, distances);
        large.setChoice(StationChoice.NONE); // 1 km from 近村
        near.setChoice(StationChoice.NEW);
        StationPlanCheck check = check(new SitingRules(0.5, 1_000, 3_000, 500, 300, 3)); // 大村 is below 1,000
        assertThat(check.violations()).containsExactly("Villages with a choice they do not allow (1): 大村 (L).");
    }

    @Test
    void aVillageWithoutChoiceIsNamed() {
        near.setChoice(null);
        assertThat(check().violations()).containsExactly("Villages without a choice (1): 近村 (N).");
    }
}
