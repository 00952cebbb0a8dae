package org.gongpei.datasets.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import org.gongpei.maps.TravelMatrix;
import org.gongpei.solver.calendar.VisitPattern;
import org.junit.jupiter.api.Test;

class CalendarPlannerTest {

    private static final VisitPattern MON_THU = VisitPattern.of(MONDAY, THURSDAY);
    private static final VisitPattern DAILY = VisitPattern.of(EnumSet.allOf(DayOfWeek.class));

    @Test
    void lessThanDailyPatternsKeepEachVisitWithinHalfAVan() {
        int[] small = {10, 10, 10, 10, 10, 10, 10};
        int[] large = {40, 40, 40, 40, 40, 40, 40};

        assertThat(CalendarPlanner.smallLoads(List.of(MON_THU, DAILY), small, 100)).containsExactly(MON_THU, DAILY);
        assertThat(CalendarPlanner.smallLoads(List.of(MON_THU, DAILY), large, 100)).containsExactly(DAILY);
        // 90 a day: even daily visits bring more than half a van, the most frequent pattern stays
        assertThat(CalendarPlanner.smallLoads(List.of(MON_THU, DAILY), new int[] {90, 90, 90, 90, 90, 90, 90}, 100))
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

        assertThat(CalendarPlanner.detourMetres(matrix, 1)).isZero(); // on the way from 0 to 2
        assertThat(CalendarPlanner.detourMetres(matrix, 3)).isEqualTo(1_414); // 1 → 3 → 0, less 1 → 0
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
