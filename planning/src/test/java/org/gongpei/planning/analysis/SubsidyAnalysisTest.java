package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SubsidyAnalysisTest {

    /** 40 parcels down, 10 up; a visit costing 30 yuan, handling 0.20 yuan a parcel. */
    private static final VillageCost VILLAGE = new VillageCost("V", "村", "T", "H", 40, 10, 2000, 1000, 1000, 5000, 900);

    @Test
    void breakEvenVolumeIsTheVisitCostOverTheMargin() {
        SubsidyOptions options = new SubsidyOptions(Map.of(2025, 30L, 2026, 0L), SubsidyOptions.Flow.BOTH, 80, 10);
        // margin with subsidy: 80 + 30 − 20 = 90 fen; 3000 / 90 = 33.3 parcels
        assertThat(SubsidyAnalysis.breakEven(VILLAGE, options, 30)).isCloseTo(3000 / 90.0, org.assertj.core.data.Offset.offset(1e-9));
        // without: 3000 / 60 = 50 parcels, which the village has
        assertThat(SubsidyAnalysis.breakEven(VILLAGE, options, 0)).isEqualTo(50.0);
    }

    @Test
    void onlyTheUpFlowSubsidisedCountsItsShare() {
        SubsidyOptions options = new SubsidyOptions(Map.of(2025, 30L), SubsidyOptions.Flow.UP, 80, 10);
        // 10 of 50 parcels subsidised: 80 + 30 × 0.2 − 20 = 66 fen
        assertThat(SubsidyAnalysis.breakEven(VILLAGE, options, 30)).isCloseTo(3000 / 66.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void firstYearWithoutSubsidyWithGrowthAndNetCostPerYear() {
        // revenue 50: margin 30 fen without subsidy, break-even 100 parcels; 50 × 1.25^k ≥ 100 from k = 4 (122)
        SubsidyOptions options = new SubsidyOptions(Map.of(2025, 30L, 2026, 20L, 2027, 10L, 2028, 0L),
                SubsidyOptions.Flow.BOTH, 50, 25);
        SubsidyAnalysis analysis = SubsidyAnalysis.of(List.of(VILLAGE), options, 2025);

        assertThat(analysis.villages().getFirst().firstYearWithoutSubsidy()).isEqualTo(2029);
        assertThat(analysis.villages().getFirst().breakEvenWithoutSubsidy()).isEqualTo(100.0);
        // net cost per parcel: (4000 − 30 × 50) / 50 = 50 fen in 2025, 80 fen once the subsidy ends
        assertThat(analysis.years()).extracting(SubsidyAnalysis.YearRow::netCostPerParcelFen).containsExactly(50.0, 60.0, 70.0, 80.0);
        // 2025: margin 60, break-even 50 parcels: viable; 2026: margin 50, 60 parcels: not
        assertThat(analysis.years()).extracting(SubsidyAnalysis.YearRow::viableVillages).containsExactly(1, 0, 0, 0);
    }

    @Test
    void noVolumeBreaksEvenWhenHandlingEatsTheRevenue() {
        SubsidyOptions options = new SubsidyOptions(Map.of(2025, 0L), SubsidyOptions.Flow.BOTH, 20, 10);
        assertThat(SubsidyAnalysis.breakEven(VILLAGE, options, 0)).isNull();
        assertThat(SubsidyAnalysis.of(List.of(VILLAGE), options, 2025).villages().getFirst().firstYearWithoutSubsidy()).isNull();
    }

    @Test
    void aNegativeSubsidyIsRefused() {
        assertThatThrownBy(() -> new SubsidyOptions(Map.of(2025, -10L), SubsidyOptions.Flow.BOTH, 80, 10))
                .hasMessageContaining("2025");
    }
}
