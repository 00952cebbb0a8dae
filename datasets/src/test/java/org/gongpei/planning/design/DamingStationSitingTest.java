package org.gongpei.planning.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.MatrixSource;
import org.junit.jupiter.api.Test;

/**
 * Station siting on the Daming demo county, with straight-line distances × 1.3 (the road network's matrix is the
 * benchmark's, benchmarks/station-siting.md): the rules of seed 002 hold by the independent check.
 */
class DamingStationSitingTest {

    private static final CountyNetworkData COUNTY = DemoCounties.daming();

    @Test
    void theProposedPlanMeetsTheProgrammesRules() {
        StationSitingResult result = StationSiting.plan(COUNTY, MatrixSource.haversine(1.3, 30),
                StationSitingSettings.defaults().withSearch(Duration.ofSeconds(5), 0));

        assertThat(result.check().violations()).isEmpty();
        assertThat(result.proposed().villages()).isEqualTo(668);
        assertThat(result.proposed().stationShare()).isGreaterThanOrEqualTo(0.5);
        assertThat(result.proposed().poorShare()).isEqualTo(1.0);
        assertThat(result.proposed().largeShare()).isEqualTo(1.0);
        assertThat(result.proposed().townshipsWithStation()).isEqualTo(result.proposed().townships());
        assertThat(result.proposed().villagesWithinReach()).isEqualTo(668);
        // today's stations are exactly the poor villages and those of 500 or more: all are kept
        assertThat(result.stationsKept()).isEqualTo(result.today().stations());
        assertThat(result.stationsClosed()).isZero();
        assertThat(result.constructionCostYuan()).isLessThan(result.allVillagesCostYuan());
    }
}
