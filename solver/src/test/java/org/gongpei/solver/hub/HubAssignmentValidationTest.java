package org.gongpei.solver.hub;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class HubAssignmentValidationTest {

    private static final Depot CENTRE = new Depot(0, "C", "县共配中心", true, true, Depot.UNLIMITED, 0);
    private static final Depot HUB = new Depot(1, "H1", "金滩镇站", false, false, 500, 3_000);
    private static final List<Depot> DEPOTS = List.of(CENTRE, HUB);

    private static VillageAssignment village(String code) {
        return new VillageAssignment(code, code, 10, false, new long[] {800, 200}, DEPOTS);
    }

    @Test
    void depotRejectsNegativeNumbersAndACentreThatCostsToOpen() {
        assertThatThrownBy(() -> new Depot(1, "H1", "金滩镇站", false, false, -1, 3_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Depot H1 has a negative capacity of -1 parcels.");
        assertThatThrownBy(() -> new Depot(-1, "H1", "金滩镇站", false, false, 500, 3_000))
                .hasMessage("Depot H1 has a negative index -1.");
        assertThatThrownBy(() -> new Depot(1, "H1", "金滩镇站", false, false, 500, -5))
                .hasMessage("Depot H1 has a negative opening cost of -5 fen.");
        assertThatThrownBy(() -> new Depot(0, "C", "县共配中心", true, true, Depot.UNLIMITED, 100))
                .hasMessage("The county centre C runs every day, so its opening cost must be 0, got 100 fen.");
        assertThatThrownBy(() -> new Depot(1, " ", "金滩镇站", false, false, 500, 0))
                .hasMessage("A depot needs a code.");
    }

    @Test
    void villageRejectsMissingDepotsAndBadNumbers() {
        assertThatThrownBy(() -> new VillageAssignment("V1", "王村", 10, false, new long[] {800, 200}, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Village V1 has no depot allowed to serve it.");
        assertThatThrownBy(() -> new VillageAssignment("V1", "王村", -3, false, new long[] {800, 200}, DEPOTS))
                .hasMessage("Village V1 has a negative parcel count -3.");
        assertThatThrownBy(() -> new VillageAssignment("V1", "王村", 10, false, new long[] {800, -1}, DEPOTS))
                .hasMessage("Village V1 has a negative cost -1 from depot 1.");
        assertThatThrownBy(() -> new VillageAssignment("V1", "王村", 10, false, new long[] {800}, DEPOTS))
                .hasMessage("Village V1 may be served by depot H1 (index 1), but has costs for only 1 depots.");
        assertThatThrownBy(() -> new VillageAssignment("V1", "王村", 10, false, new long[] {800, 200},
                List.of(HUB, HUB)))
                .hasMessage("Village V1 lists depot H1 twice among its allowed depots.");
    }

    @Test
    void planRejectsDepotsOutOfOrderAndVillagesThatDoNotMatchTheDepots() {
        assertThatThrownBy(() -> new HubAssignmentPlan(List.of(HUB, CENTRE), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Depot H1 has index 1 but is at position 0 of the depot list.");
        Depot sameCode = new Depot(1, "C", "另一个中心", false, true, 500, 0);
        assertThatThrownBy(() -> new HubAssignmentPlan(List.of(CENTRE, sameCode), List.of()))
                .hasMessage("Depot code C is used twice.");
        Depot third = new Depot(2, "H2", "张铁集站", false, false, 500, 3_000);
        assertThatThrownBy(() -> new HubAssignmentPlan(List.of(CENTRE, HUB, third), List.of(village("V1"))))
                .hasMessage("Village V1 has costs for 2 depots, but there are 3.");
        assertThatThrownBy(() -> new HubAssignmentPlan(DEPOTS, List.of(village("V1"), village("V1"))))
                .hasMessage("Village code V1 is used twice.");
        Depot otherHub = new Depot(1, "H9", "别县的站", false, false, 500, 3_000);
        VillageAssignment servedElsewhere = new VillageAssignment("V2", "李村", 10, false, new long[] {800, 200},
                List.of(CENTRE, otherHub));
        assertThatThrownBy(() -> new HubAssignmentPlan(DEPOTS, List.of(servedElsewhere)))
                .hasMessage("Village V2 may be served by depot H9, which is not among the plan's depots.");
        VillageAssignment centreOnly = new VillageAssignment("V3", "赵村", 10, false, new long[] {800, 200},
                List.of(CENTRE));
        centreOnly.setDepot(HUB);
        assertThatThrownBy(() -> new HubAssignmentPlan(DEPOTS, List.of(centreOnly)))
                .hasMessage("Village V3 is assigned to depot H1, which is not allowed to serve it.");
        assertThatThrownBy(() -> new HubAssignmentPlan(List.of(), List.of()))
                .hasMessage("A hub assignment needs at least one depot.");
    }

    @Test
    void assignerRejectsANonPositiveTimeLimit() {
        assertThatThrownBy(() -> new HubAssigner(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The time limit must be positive, got PT0S.");
    }
}
