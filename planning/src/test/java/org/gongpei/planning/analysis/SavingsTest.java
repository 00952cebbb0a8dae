package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

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

    @Test
    void aStatedPenaltyPricesTheParcelsLeftOutOnBothSides() {
        // separate left 360 parcels out, joint 5; at 3 yuan a parcel: 10,000 + 1,080 yuan against 40,000 + 15 yuan
        Savings saving = Savings.of(metrics(ScenarioKind.SEPARATE, 10_000_00, 40, 20, 360),
                metrics(ScenarioKind.JOINT, 40_000_00, 395, 20, 5), 300);

        assertThat(saving.comparable()).isTrue();
        assertThat(saving.penalised()).isTrue();
        assertThat(saving.costFen()).isEqualTo(10_000_00 + 360 * 300 - 40_000_00 - 5 * 300);
        assertThat(saving.costPercent()).isCloseTo(100.0 * saving.costFen() / (10_000_00 + 360 * 300),
                offset(1e-9));
        assertThat(saving.againstUnservedParcels()).isEqualTo(360);
        assertThat(saving.scenarioUnservedParcels()).isEqualTo(5);
        assertThat(saving.penaltyFenPerParcel()).isEqualTo(300);
    }

    @Test
    void aPenaltyChangesNothingWhenBothServeEveryParcel() {
        Savings withPenalty = Savings.of(metrics(ScenarioKind.SEPARATE, 50_000, 400, 20, 0),
                metrics(ScenarioKind.JOINT, 40_000, 400, 20, 0), 300);

        assertThat(withPenalty.penalised()).isFalse();
        assertThat(withPenalty.costFen()).isEqualTo(10_000);
        assertThat(withPenalty.costPercent()).isEqualTo(20.0);
    }
}
