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
    void depotCapacityPenalisesParcelsOverADepotsDay() {
        verifier.verifyThat(CalendarConstraintProvider::depotCapacity)
                .given(new CalendarDay(MONDAY, 999, 25, 15_000), new CalendarDay(WEDNESDAY, 999, 25, 15_000),
                        new DepotCapacity("H1", 50), new DepotCapacity("H2", 10), village("a", 10, 100, MON_WED_FRI),
                        village("b", 10, 100, MON_WED_FRI), village("h2c", 10, 100, MON_WED_FRI))
                // H1 Monday: 30 + 30 = 60 > 50 → 10; H1 Wednesday 40 ≤ 50; H2 Monday 30 > 10 → 20, Wednesday 20 > 10 → 10
                .penalizesBy(40);
    }

    @Test
    void depotCapacityIgnoresDepotsWithinOrWithoutALimit() {
        verifier.verifyThat(CalendarConstraintProvider::depotCapacity)
                .given(new CalendarDay(MONDAY, 999, 25, 15_000), new DepotCapacity("H1", 60), village("a", 10, 100, MON_WED_FRI),
                        village("b", 10, 100, MON_WED_FRI), village("h2c", 50, 100, MON_WED_FRI))
                .penalizesBy(0); // H1 Monday 60 = 60; H2 has no limit
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
    void vanDayCostChargesEachVisitItsShareOfAVan() {
        verifier.verifyThat(CalendarConstraintProvider::vanDayCost)
                .given(new CalendarDay(MONDAY, 999, 25, 15_000), new CalendarDay(TUESDAY, 999, 25, 15_000),
                        village("a", 5, 1, MON_WED_FRI), village("h2b", 1, 1, MON_WED_FRI))
                // Monday: a 15 parcels, 0.6 + 0.18 of a van of 25 → 11,700; b 3 parcels, 0.12 + 0.0072 → 1,905;
                // Tuesday none
                .penalizesBy(13_605);
    }

    @Test
    void vanDayCostChargesPiledUpLoadsMoreThanTheirParcels() {
        verifier.verifyThat(CalendarConstraintProvider::vanDayCost)
                .given(new CalendarDay(TUESDAY, 999, 25, 15_000), new CalendarDay(THURSDAY, 999, 25, 15_000),
                        village("a", 2, 1, TUE_THU))
                // Tuesday: Friday to Tuesday, 10 parcels, 0.4 + 0.08 → 7,200; Thursday: 4 parcels, 0.16 + 0.0128
                // → 2,595; the 14 parcels alone would be 0.56 of a van, 8,400
                .penalizesBy(9_795);
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
