package org.gongpei.solver.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.gongpei.solver.hub.HubJustifications.ColdStorage;
import org.gongpei.solver.hub.HubJustifications.DepotCapacity;
import org.gongpei.solver.hub.HubJustifications.DepotOpeningCost;
import org.gongpei.solver.hub.HubJustifications.ServingCost;
import org.junit.jupiter.api.Test;

class HubAssignmentConstraintProviderTest {

    private static final Depot CENTRE = new Depot(0, "C", "大名县共配中心", true, true, Depot.UNLIMITED, 0);
    private static final Depot DAMING = new Depot(1, "H1", "大名镇共配站", false, false, 8_000, 50_000);
    private static final Depot JINTAN = new Depot(2, "H2", "金滩镇共配站", false, true, 3_000, 40_000);
    private static final List<Depot> DEPOTS = List.of(CENTRE, DAMING, JINTAN);

    private final ConstraintVerifier<HubAssignmentConstraintProvider, HubAssignmentPlan> verifier =
            ConstraintVerifier.build(new HubAssignmentConstraintProvider(), HubAssignmentPlan.class,
                    VillageAssignment.class);

    private static VillageAssignment village(String code, int parcels, boolean chilled, Depot depot) {
        VillageAssignment village = new VillageAssignment(code, code + "村", parcels, chilled,
                new long[] {900, 300, 500}, DEPOTS);
        village.setDepot(depot);
        return village;
    }

    @Test
    void depotCapacityPenalisesTheExcessPerDepot() {
        verifier.verifyThat(HubAssignmentConstraintProvider::depotCapacity)
                .given(village("a", 5_000, false, DAMING), village("b", 3_450, false, DAMING),
                        village("c", 2_000, false, JINTAN), village("d", 20_000, false, CENTRE))
                .justifiesWithExactly(new DepotCapacity(DAMING, 8_450))
                .penalizesBy(450); // 大名镇: 5,000 + 3,450 = 8,450 parcels, capacity 8,000; 金滩镇 2,000 of 3,000; centre unlimited
    }

    @Test
    void depotCapacityAllowsAFullDepot() {
        verifier.verifyThat(HubAssignmentConstraintProvider::depotCapacity)
                .given(village("a", 5_000, false, DAMING), village("b", 3_000, false, DAMING))
                .penalizesBy(0); // exactly 8,000 parcels, capacity 8,000
    }

    @Test
    void coldStoragePenalisesChilledVillagesAtADepotWithout() {
        verifier.verifyThat(HubAssignmentConstraintProvider::coldStorage)
                .given(village("a", 10, true, DAMING), village("b", 10, true, DAMING), village("c", 10, false, DAMING))
                .penalizesBy(2); // a and b ship chilled products, 大名镇 has no cold storage; c ships none
    }

    @Test
    void coldStorageAllowsChilledVillagesAtCentreAndColdHub() {
        verifier.verifyThat(HubAssignmentConstraintProvider::coldStorage)
                .given(village("a", 10, true, CENTRE), village("b", 10, true, JINTAN))
                .penalizesBy(0); // both depots have cold storage
    }

    @Test
    void servingCostSumsTheCostFromEachVillagesDepot() {
        verifier.verifyThat(HubAssignmentConstraintProvider::servingCost)
                .given(village("a", 10, false, CENTRE), village("b", 10, false, DAMING),
                        village("c", 10, false, JINTAN))
                .justifiesWith(new ServingCost("b村", DAMING, 300))
                .penalizesBy(1_700); // 900 from the centre + 300 from 大名镇 + 500 from 金滩镇
    }

    @Test
    void servingCostIgnoresUnassignedVillages() {
        verifier.verifyThat(HubAssignmentConstraintProvider::servingCost)
                .given(village("a", 10, false, null))
                .penalizesBy(0); // no depot yet, no cost
    }

    @Test
    void depotOpeningCostCountsEachUsedHubOnce() {
        verifier.verifyThat(HubAssignmentConstraintProvider::depotOpeningCost)
                .given(village("a", 10, false, DAMING), village("b", 10, false, DAMING),
                        village("c", 10, false, JINTAN), village("d", 10, false, CENTRE))
                .justifiesWithExactly(new DepotOpeningCost(DAMING, 2), new DepotOpeningCost(JINTAN, 1))
                .penalizesBy(90_000); // 大名镇 50,000 once for two villages + 金滩镇 40,000; the centre costs nothing
    }

    @Test
    void depotOpeningCostIsNothingWhenOnlyTheCentreServes() {
        verifier.verifyThat(HubAssignmentConstraintProvider::depotOpeningCost)
                .given(village("a", 10, false, CENTRE), village("b", 10, false, CENTRE))
                .penalizesBy(0); // no hub in use
    }

    @Test
    void justificationsExplainThemselves() {
        assertThat(new DepotCapacity(DAMING, 8_450).description())
                .isEqualTo("Hub 大名镇共配站 takes 8,450 parcels, 450 over its capacity of 8,000.");
        assertThat(new ColdStorage("王村", DAMING).description())
                .isEqualTo("Village 王村 ships chilled farm products, but Hub 大名镇共配站 has no cold storage.");
        assertThat(new ServingCost("王村", CENTRE, 123_405).description())
                .isEqualTo("Serving village 王村 from County centre 大名县共配中心 costs 1,234.05 yuan.");
        assertThat(new DepotOpeningCost(JINTAN, 1).description())
                .isEqualTo("Hub 金滩镇共配站 serves 1 village today, which costs 400.00 yuan to open.");
    }
}
