package org.gongpei.solver.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongpei.solver.hub.ReassignVillagesMove.Reassignment;
import org.junit.jupiter.api.Test;

class DepotMovesTest {

    private static final Depot CENTRE = new Depot(0, "C", "县共配中心", true, true, Depot.UNLIMITED, 0);
    private static final Depot A = new Depot(1, "A", "张铁集站", false, false, 100, 1_000);
    private static final Depot B = new Depot(2, "B", "金滩镇站", false, true, 120, 1_500);
    private static final List<Depot> DEPOTS = List.of(CENTRE, A, B);

    private static VillageAssignment village(String code, int parcels, boolean chilled, long[] costs, Depot depot) {
        VillageAssignment village = new VillageAssignment(code, code, parcels, chilled, costs, DEPOTS);
        village.setDepot(depot);
        return village;
    }

    @Test
    void openMovesTheBiggestSavingsThatFitAndSkipsChilledVillages() {
        VillageAssignment small = village("a1", 60, false, new long[] {600, 200, 900}, CENTRE);
        VillageAssignment big = village("a2", 50, false, new long[] {900, 200, 900}, CENTRE);
        VillageAssignment chilled = village("f", 10, true, new long[] {900, 100, 900}, CENTRE);
        VillageAssignment dearer = village("b", 10, false, new long[] {500, 700, 900}, CENTRE);
        VillageAssignment fits = village("a3", 40, false, new long[] {500, 400, 900}, CENTRE);
        HubAssignmentPlan plan = new HubAssignmentPlan(DEPOTS, List.of(small, big, chilled, dearer, fits));

        ReassignVillagesMove move = DepotMoves.open(plan, A);

        // a2 saves 700 (50 parcels), a1 400 (60, no longer fits in 100), a3 100 (40 fits); f needs cold
        // storage, b is dearer from A
        assertThat(move.reassignments()).containsExactly(new Reassignment(big, A), new Reassignment(fits, A));
    }

    @Test
    void closeSendsEachVillageToTheCheapestDepotInUseWithRoom() {
        VillageAssignment atA = village("a", 60, false, new long[] {900, 100, 900}, A);
        VillageAssignment atB1 = village("b1", 30, false, new long[] {800, 300, 200}, B);
        VillageAssignment atB2 = village("b2", 20, false, new long[] {800, 300, 200}, B);
        VillageAssignment atB3 = village("b3", 5, true, new long[] {800, 300, 200}, B);
        HubAssignmentPlan plan = new HubAssignmentPlan(DEPOTS, List.of(atA, atB1, atB2, atB3));

        ReassignVillagesMove move = DepotMoves.close(plan, B);

        // b1 joins A (60 + 30 of 100 parcels, 300 against 800 from the unused centre); b2 no longer fits in A
        // (110 > 100) and b3 needs cold storage, which A lacks: no depot in use takes them, so the cheapest unused
        // one with room does
        assertThat(move.reassignments()).containsExactly(new Reassignment(atB1, A), new Reassignment(atB2, CENTRE),
                new Reassignment(atB3, CENTRE));
        assertThat(DepotMoves.close(plan, CENTRE)).isNull(); // the centre is never closed
    }
}
