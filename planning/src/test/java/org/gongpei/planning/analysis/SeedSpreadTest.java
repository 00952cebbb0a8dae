package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The figures of an analysis solved with several random seeds, and the seed the report shows. */
class SeedSpreadTest {

    private static ScenarioMetrics metrics(ScenarioKind kind, long costFen, int delivered) {
        return new ScenarioMetrics(kind, 1, 100_000, 10, 36_000, new CostParts(costFen, 0, 0, 0), delivered, 0,
                0, 5, 5, 1_000, 3_600, 7_200, 0, "");
    }

    private static ScenarioReport report(long separateFen, long jointFen, int separateDelivered) {
        ScenarioMetrics separate = metrics(ScenarioKind.SEPARATE, separateFen, separateDelivered);
        ScenarioMetrics joint = metrics(ScenarioKind.JOINT, jointFen, 400);
        return new ScenarioReport("130425", "大名县", LocalDate.of(2025, 6, 16),
                AnalysisParameters.defaults(Duration.ofSeconds(1)), List.of(separate, joint),
                List.of(Savings.of(separate, joint)), List.of(), List.of(), null, null, null);
    }

    @Test
    void theReportShowsTheSeedOfTheMedianJointCostWithEverySeedsFigures() {
        List<ScenarioReport> reports = List.of(report(50_000, 43_000, 400), report(50_500, 41_000, 400),
                report(49_000, 42_000, 400));

        ScenarioReport shown = ScenarioAnalysis.overSeeds(List.of(0L, 1L, 2L), reports);

        assertThat(shown.seeds().shownSeed()).isEqualTo(2L);
        assertThat(shown.scenario(ScenarioKind.JOINT).orElseThrow().totalFen()).isEqualTo(42_000);
        SeedSpread.Scenario joint = shown.seeds().scenarios().get(1);
        assertThat(joint.totalFen()).containsExactly(43_000L, 41_000L, 42_000L);
        assertThat(joint.medianFen()).isEqualTo(42_000);
        assertThat(joint.minFen()).isEqualTo(41_000);
        assertThat(joint.maxFen()).isEqualTo(43_000);
        SeedSpread.Saving saving = shown.seeds().savings().getFirst();
        assertThat(saving.costFen()).containsExactly(7_000L, 9_500L, 7_000L);
        assertThat(saving.medianFen()).isEqualTo(7_000);
        assertThat(saving.minFen()).isEqualTo(7_000);
        assertThat(saving.maxFen()).isEqualTo(9_500);
        assertThat(saving.comparable()).isTrue();
    }

    @Test
    void aSavingIsComparableOnlyWhenEverySeedServedTheSameParcels() {
        SeedSpread spread = SeedSpread.of(List.of(0L, 1L), List.of(report(50_000, 42_000, 400),
                report(30_000, 42_000, 250)));

        assertThat(spread.savings().getFirst().comparable()).isFalse();
        assertThat(spread.savings().getFirst().medianFen()).isEqualTo(-2_000);
        assertThat(spread.scenarios().getFirst().parcelsServed()).containsExactly(400, 250);
    }

    @Test
    void everySeedNeedsItsReport() {
        assertThatThrownBy(() -> SeedSpread.of(List.of(0L, 1L), List.of(report(1, 1, 400))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 seeds");
    }
}
