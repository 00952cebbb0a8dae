package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A saving is only a saving between scenarios that serve the same parcels. */
class SavingsTest {

    private static ScenarioMetrics metrics(ScenarioKind kind, long costFen, int delivered, int pickedUp, int unserved) {
        return new ScenarioMetrics(kind, 1, 100_000, 10, 36_000, new CostParts(costFen, 0, 0, 0), delivered, pickedUp,
                unserved, 5, 5, 1_000, 3_600, 7_200, 0, "");
    }

    @Test
    void scenariosThatServeTheSameParcelsAreComparable() {
        Savings saving = Savings.of(metrics(ScenarioKind.SEPARATE, 50_000, 400, 20, 0),
                metrics(ScenarioKind.JOINT, 40_000, 400, 20, 0));

        assertThat(saving.comparable()).isTrue();
        assertThat(saving.costFen()).isEqualTo(10_000);
        assertThat(saving.costPercent()).isEqualTo(20.0);
    }

    @Test
    void aScenarioThatLeavesParcelsOutIsNotComparable() {
        // separate delivered only 40 of 400 parcels: cheaper, but not a saving of joint distribution
        Savings saving = Savings.of(metrics(ScenarioKind.SEPARATE, 10_000, 40, 20, 360),
                metrics(ScenarioKind.JOINT, 40_000, 400, 20, 0));

        assertThat(saving.comparable()).isFalse();
        assertThat(saving.againstParcels()).isEqualTo(60);
        assertThat(saving.scenarioParcels()).isEqualTo(420);
    }

    @Test
    void collectingDifferentFarmProductsIsNotComparableEither() {
        assertThat(Savings.of(metrics(ScenarioKind.SEPARATE, 50_000, 400, 20, 0),
                metrics(ScenarioKind.JOINT, 40_000, 400, 15, 5)).comparable()).isFalse();
    }
}
