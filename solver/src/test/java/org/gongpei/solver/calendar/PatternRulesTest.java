package org.gongpei.solver.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PatternRulesTest {

    private static final long HOUR = 3600;
    private static final AgeRules TARGET_72 = AgeRules.ofHours(72);
    private static final VillageNeeds NEAR = VillageNeeds.daily("v1", "王村", HOUR);

    @Test
    void mondayAndThursdayVisitsWaitThreeDaysAfterTheFourDayGap() {
        VisitPattern monThu = VisitPattern.of(MONDAY, THURSDAY);
        assertThat(monThu.waitDays(MONDAY)).isZero();
        assertThat(monThu.waitDays(TUESDAY)).isEqualTo(2); // Tue → Thu, inside the 3-day gap
        assertThat(monThu.waitDays(FRIDAY)).isEqualTo(3); // Fri → next Mon, inside the 4-day gap
        assertThat(monThu.worstWaitDays(EnumSet.allOf(DayOfWeek.class))).isEqualTo(3);
        PatternRules rules = new PatternRules(ServiceWeek.everyDay(), TARGET_72);
        // Friday's parcels: 3 days + 06:00 → 19:00 = 85 h > 72 h
        assertThat(rules.worstAgeSeconds(monThu, NEAR)).isEqualTo(85 * HOUR);
        assertThat(rules.choose(NEAR).allowed()).doesNotContain(monThu);
    }

    @Test
    void seventyTwoHoursAllowsThreeVisitsAWeekWithGapsOfAtMostThreeDays() {
        PatternChoice choice = new PatternRules(ServiceWeek.everyDay(), TARGET_72).choose(NEAR);
        assertThat(choice.targetMet()).isTrue();
        assertThat(choice.allowed().getFirst().visitsPerWeek()).isEqualTo(3); // gaps 2, 2, 3 days
        assertThat(choice.allowed()).contains(VisitPattern.of(MONDAY, WEDNESDAY, FRIDAY))
                .doesNotContain(VisitPattern.of(MONDAY, THURSDAY));
        assertThat(choice.allowed()).allSatisfy(pattern ->
                assertThat(pattern.worstWaitDays(EnumSet.allOf(DayOfWeek.class))).isLessThanOrEqualTo(2));
    }

    @Test
    void twentyFourHoursNeedsDailyVisits() {
        PatternChoice choice = new PatternRules(ServiceWeek.everyDay(), AgeRules.ofHours(24)).choose(NEAR);
        assertThat(choice.allowed()).containsExactly(VisitPattern.daily(ServiceWeek.everyDay()));
    }

    @Test
    void aVillageWhoseRoadTimeAloneExceedsTheTargetIsReportedAndStillServedDaily() {
        VillageNeeds remote = VillageNeeds.daily("v9", "深山村", 30 * HOUR);
        PatternChoice choice = new PatternRules(ServiceWeek.everyDay(), AgeRules.ofHours(24)).choose(remote);
        assertThat(choice.targetMet()).isFalse();
        assertThat(choice.unmetReason()).contains("road time from the county centre, 30.0 h, alone exceeds the target of 24 h");
        assertThat(choice.unmet().code()).isEqualTo("ROAD_TIME_OVER_TARGET");
        assertThat(choice.unmet().arguments()).containsExactly("30.0", "24");
        assertThat(choice.allowed()).containsExactly(VisitPattern.daily(ServiceWeek.everyDay()));
    }

    @Test
    void aSundayOffWeekMakesSundaysParcelsWaitForMonday() {
        ServiceWeek noSunday = ServiceWeek.noSunday();
        assertThat(VisitPattern.daily(noSunday).waitDays(SUNDAY)).isEqualTo(1);
        PatternChoice at24 = new PatternRules(noSunday, AgeRules.ofHours(24)).choose(NEAR);
        assertThat(at24.targetMet()).isFalse();
        assertThat(at24.unmetReason()).contains("parcels arriving on SUNDAY wait 1 day(s)").contains("37.0 h");
        assertThat(at24.unmet().code()).isEqualTo("DAILY_VISITS_OVER_TARGET");
        assertThat(at24.unmet().arguments()).containsExactly("SUNDAY", "1", "37.0", "24");
        PatternChoice at72 = new PatternRules(noSunday, TARGET_72).choose(NEAR);
        assertThat(at72.targetMet()).isTrue();
        assertThat(at72.allowed()).allSatisfy(pattern -> assertThat(pattern.visits(SUNDAY)).isFalse());
        // Mon Wed Fri leaves Saturday's and Sunday's parcels to Monday: 2 days, 61 h
        assertThat(at72.allowed()).contains(VisitPattern.of(MONDAY, WEDNESDAY, FRIDAY));
        // Tue Thu Sat leaves Sunday's parcels to Tuesday: 2 days too
        assertThat(at72.allowed()).contains(VisitPattern.of(TUESDAY, THURSDAY, SATURDAY));
    }

    @Test
    void chilledFarmProductsUnderADayNeedAVisitOnEveryDayTheyShip() {
        VillageNeeds fresh = new VillageNeeds("v2", "菜村", HOUR, EnumSet.allOf(DayOfWeek.class),
                Set.of(TUESDAY, SATURDAY), 8 * HOUR);
        List<VisitPattern> allowed = new PatternRules(ServiceWeek.everyDay(), TARGET_72).choose(fresh).allowed();
        assertThat(allowed).isNotEmpty().allSatisfy(pattern -> {
            assertThat(pattern.visits(TUESDAY)).isTrue();
            assertThat(pattern.visits(SATURDAY)).isTrue();
        });
        assertThat(allowed).doesNotContain(VisitPattern.of(MONDAY, WEDNESDAY, FRIDAY));
    }

    @Test
    void aPatternsLargestDeliveryAddsTheDaysSinceThePreviousVisit() {
        int[] parcels = {10, 20, 30, 40, 50, 60, 70}; // Monday first
        assertThat(VisitPattern.of(MONDAY, THURSDAY).largestDelivery(parcels)).isEqualTo(190); // Thu..Sun + Mon
        assertThat(VisitPattern.of(EnumSet.allOf(DayOfWeek.class)).largestDelivery(parcels)).isEqualTo(70);
    }

    @Test
    void aVisitsShareOfAVanGrowsFasterThanItsLoad() {
        CalendarDay day = new CalendarDay(MONDAY, 1_000, 200, 15_000);
        assertThat(day.vanShareMillis(20)).isEqualTo(105); // a tenth of a van wastes little: 0.1 + 0.005
        assertThat(day.vanShareMillis(100)).isEqualTo(625); // half a van wastes an eighth of one
        assertThat(day.vanShareMillis(150)).isEqualTo(1_000); // three quarters of a van go alone
        assertThat(day.vanShareMillis(260)).isEqualTo(1_345); // a full van of 200, then 60: 0.3 + 0.045
        assertThat(day.vanShareMillis(0)).isZero();
        assertThat(day.vanShareCostFen(100)).isEqualTo(9_375); // 0.625 × 150 yuan
    }

    @Test
    void serviceWeeksAndPatternsRefuseEmptyInput() {
        assertThatThrownBy(() -> new ServiceWeek(Set.of())).hasMessageContaining("at least one service day");
        assertThatThrownBy(() -> ServiceWeek.parse(List.of("MON", "Funday"))).hasMessageContaining("'Funday'");
        assertThat(ServiceWeek.parse(List.of("mon", "Tuesday")).days()).containsExactlyInAnyOrder(MONDAY, TUESDAY);
        assertThatThrownBy(() -> new VisitPattern(0)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> AgeRules.ofHours(0)).hasMessageContaining("must be positive");
        assertThat(VisitPattern.allWithin(ServiceWeek.everyDay())).hasSize(127);
        assertThat(VisitPattern.allWithin(ServiceWeek.noSunday())).hasSize(63);
    }
}
