package org.gongpei.planning.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.gongpei.maps.TravelMatrix;
import org.gongpei.solver.calendar.VisitPattern;
import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.Load;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop.StopKind;
import org.gongpei.solver.daily.model.PlannedStop;
import org.junit.jupiter.api.Test;

class CalendarPlannerTest {

    private static final VisitPattern MON_THU = VisitPattern.of(MONDAY, THURSDAY);
    private static final VisitPattern DAILY = VisitPattern.of(EnumSet.allOf(DayOfWeek.class));

    @Test
    void lessThanDailyPatternsKeepEachVisitWithinHalfAVan() {
        int[] small = {10, 10, 10, 10, 10, 10, 10};
        int[] large = {40, 40, 40, 40, 40, 40, 40};

        assertThat(PatternSelection.smallLoads(List.of(MON_THU, DAILY), small, 100)).containsExactly(MON_THU, DAILY);
        assertThat(PatternSelection.smallLoads(List.of(MON_THU, DAILY), large, 100)).containsExactly(DAILY);
        // 90 a day: even daily visits bring more than half a van, the most frequent pattern stays
        assertThat(PatternSelection.smallLoads(List.of(MON_THU, DAILY), new int[] {90, 90, 90, 90, 90, 90, 90}, 100))
                .containsExactly(DAILY);
    }

    @Test
    void aDetourIsTheWayThroughTheLocationLessTheDirectWay() {
        // a line 0 — 1 — 2 with 1 km steps, and 3 one km off location 1
        double[][] metres = {
                {0, 1_000, 2_000, 1_414},
                {1_000, 0, 1_000, 1_000},
                {2_000, 1_000, 0, 1_414},
                {1_414, 1_000, 1_414, 0}};
        TravelMatrix matrix = matrix(metres);

        assertThat(VillageRoads.detourMetres(matrix, 1)).isZero(); // on the way from 0 to 2
        assertThat(VillageRoads.detourMetres(matrix, 3)).isEqualTo(1_414); // 1 → 3 → 0, less 1 → 0
    }

    @Test
    void aVillagesRemovalGainIsWhatItsRouteSavesWithoutIt() {
        // depot D at 0, villages a at 1 km, b at 2 km on a line, c 1 km off b; route D → a → b (delivery and
        // pickup) → c → D
        double[][] metres = {
                {0, 1_000, 2_000, 2_236},
                {1_000, 0, 1_000, 1_414},
                {2_000, 1_000, 0, 1_000},
                {2_236, 1_414, 1_000, 0}};
        Map<String, Integer> index = Map.of("D", 0, "a", 1, "b", 2, "c", 3);
        PlannedRoute route = new PlannedRoute("v1", "VAN_HUB", "van", Echelon.LAST_MILE, "D", "depot", 0, 3_600, 5_236, 0,
                List.of(stop("a", StopKind.VILLAGE_DELIVERY), stop("b", StopKind.VILLAGE_DELIVERY),
                        stop("b", StopKind.VILLAGE_PICKUP), stop("c", StopKind.VILLAGE_DELIVERY)));
        DailyPlan plan = new DailyPlan("day", List.of(route), List.of(), List.of(), PlanTotals.of(List.of(route)), List.of());

        Map<String, Long> gains = VisitCosts.removalGains(plan, matrix(metres), index);

        assertThat(gains).containsEntry("a", 0L) // on the way from D to b
                .containsEntry("b", 586L) // its two stops are one visit: a → b → c 2,000, less a → c 1,414
                .containsEntry("c", 1_236L); // b → c → D 3,236, less b → D 2,000
    }

    private static PlannedStop stop(String site, StopKind kind) {
        return new PlannedStop(site, site, kind, 0, 0, 0, Map.of(), 0, List.of(), new Load(0, 0, 0, 0));
    }

    private static TravelMatrix matrix(double[][] metres) {
        int size = metres.length;
        double[] distances = new double[size * size];
        for (int from = 0; from < size; from++) {
            System.arraycopy(metres[from], 0, distances, from * size, size);
        }
        return new TravelMatrix(size, distances, distances.clone());
    }
}
