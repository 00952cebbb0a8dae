package org.gongpei.solver.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Test;

class CalendarConstraintProviderTest {

    private static final VisitPattern MON_WED_FRI = VisitPattern.of(MONDAY, WEDNESDAY, FRIDAY);
    private static final VisitPattern TUE_THU = VisitPattern.of(TUESDAY, THURSDAY);

    private final ConstraintVerifier<CalendarConstraintProvider, CalendarSolution> verifier =
            ConstraintVerifier.build(new CalendarConstraintProvider(), CalendarSolution.class, VillageVisits.class);

    private static VillageVisits village(String code, int parcelsPerDay, long visitCostFen, VisitPattern pattern) {
        VillageVisits village = new VillageVisits(code, code.startsWith("h2") ? "H2" : "H1", new int[] {parcelsPerDay, parcelsPerDay, parcelsPerDay,
                parcelsPerDay, parcelsPerDay, parcelsPerDay, parcelsPerDay}, visitCostFen, List.of(MON_WED_FRI, TUE_THU));
        village.setPattern(pattern);
        return village;
    }

    @Test
    void dayCapacityPenalisesParcelsOverTheFleetsDay() {
        verifier.verifyThat(CalendarConstraintProvider::dayCapacity)
                .given(new CalendarDay(MONDAY, 50, 25, 15_000), new CalendarDay(WEDNESDAY, 50, 25, 15_000), village("a", 10, 100, MON_WED_FRI),
                        village("b", 10, 100, MON_WED_FRI))
                .penalizesBy(10); // Monday: Sat, Sun, Mon = 30 parcels each, 60 > 50; Wednesday: 20 each, 40 ≤ 50
    }

    @Test
    void dayCapacityAllowsAFullDay() {
        verifier.verifyThat(CalendarConstraintProvider::dayCapacity)
                .given(new CalendarDay(MONDAY, 60, 25, 15_000), village("a", 10, 100, MON_WED_FRI), village("b", 10, 100, MON_WED_FRI))
                .penalizesBy(0); // 30 + 30 = 60 parcels, capacity 60
    }

    @Test
    void visitCostPenalisesEachVisitOfTheWeek() {
        verifier.verifyThat(CalendarConstraintProvider::visitCost)
                .given(village("a", 10, 100, MON_WED_FRI), village("b", 10, 250, TUE_THU))
                .penalizesBy(800); // 3 × 100 + 2 × 250
    }

    @Test
    void visitCostIsZeroForFreeVisits() {
        verifier.verifyThat(CalendarConstraintProvider::visitCost)
                .given(village("a", 10, 0, MON_WED_FRI))
                .penalizesBy(0);
    }

    @Test
    void vanDayCostCountsTheVansEachDepotFillsPerDay() {
        verifier.verifyThat(CalendarConstraintProvider::vanDayCost)
                .given(new CalendarDay(MONDAY, 999, 25, 15_000), new CalendarDay(TUESDAY, 999, 25, 15_000),
                        village("a", 5, 1, MON_WED_FRI), village("b", 5, 1, MON_WED_FRI), village("h2c", 1, 1, MON_WED_FRI))
                // Monday: H1 a and b 15 parcels each, 1 per van of 25 → 2 vans; H2 3 parcels → 1/8 van → 1 van; Tuesday none
                .penalizesBy(45_000);
    }

    @Test
    void vanDayCostPacksSmallLoadsTogether() {
        verifier.verifyThat(CalendarConstraintProvider::vanDayCost)
                .given(new CalendarDay(MONDAY, 999, 25, 15_000), village("a", 2, 1, MON_WED_FRI),
                        village("b", 2, 1, MON_WED_FRI), village("c", 2, 1, MON_WED_FRI), village("d", 2, 1, MON_WED_FRI))
                .penalizesBy(15_000); // 6 parcels each, 4 such loads fit a van of 25: 4 × 1/4 → 1 van
    }

    @Test
    void vanDayCostIsZeroOnDaysWithoutVisits() {
        verifier.verifyThat(CalendarConstraintProvider::vanDayCost)
                .given(new CalendarDay(MONDAY, 99, 25, 15_000), village("a", 1, 1, TUE_THU))
                .penalizesBy(0); // a is visited on Tuesday and Thursday only
    }

    @Test
    void dayBalancePenalisesCrowdedDaysMore() {
        verifier.verifyThat(CalendarConstraintProvider::dayBalance)
                .given(new CalendarDay(MONDAY, 99, 25, 15_000), new CalendarDay(TUESDAY, 99, 25, 15_000), village("a", 1, 1, MON_WED_FRI),
                        village("b", 1, 1, MON_WED_FRI))
                .penalizesBy(4); // Monday 2 villages → 4, Tuesday none
    }

    @Test
    void dayBalanceIsLowerForEvenDays() {
        verifier.verifyThat(CalendarConstraintProvider::dayBalance)
                .given(new CalendarDay(MONDAY, 99, 25, 15_000), new CalendarDay(TUESDAY, 99, 25, 15_000), village("a", 1, 1, MON_WED_FRI),
                        village("b", 1, 1, TUE_THU))
                .penalizesBy(2); // Monday 1 → 1, Tuesday 1 → 1
    }
}
