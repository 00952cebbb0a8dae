package org.gongpei.solver.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StationSiterTest {

    /** On all of these but seed 3 the start (today's stations plus those the rules force) costs more than the optimum. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void reachesTheExhaustiveOptimumOnSmallCounties(long seed) {
        SitingPlan problem = RandomSitingProblems.generate(seed, 18, 3);

        SitingPlan exact = ExhaustiveSiter.solve(problem);
        SitingPlan solved = new StationSiter(Duration.ofSeconds(4)).solve(problem);

        assertThat(StationPlanChecker.check(exact).violations()).isEmpty();
        assertThat(StationPlanChecker.check(solved).violations()).isEmpty();
        assertThat(solved.getScore()).isEqualTo(exact.getScore());
        StationPlanCheck check = StationPlanChecker.check(solved);
        assertThat(-solved.getScore().softScore()).isEqualTo(check.constructionCostFen() + check.deliveryCostFen());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 4, 6})
    void keptStationsAreNeverGivenUpAndTheOptimumIsStillReached(long seed) {
        SitingPlan problem = RandomSitingProblems.generate(seed, 18, 3, true);

        SitingPlan exact = ExhaustiveSiter.solve(problem);
        SitingPlan solved = new StationSiter(Duration.ofSeconds(4)).solve(problem);

        assertThat(solved.getVillages()).filteredOn(VillageSite::hasExistingStation)
                .allSatisfy(village -> assertThat(village.hasStation()).isTrue());
        assertThat(StationPlanChecker.check(solved).violations()).isEmpty();
        assertThat(solved.getScore()).isEqualTo(exact.getScore());
        // giving up stations of today is what made the free optimum cheaper
        assertThat(exact.getScore()).isLessThan(ExhaustiveSiter.solve(RandomSitingProblems.generate(seed, 18, 3))
                .getScore());
    }

    @Test
    void theStartKeepsTodaysStationsAndMeetsEveryRule() {
        SitingPlan plan = RandomSitingProblems.generate(7, 40, 4);

        StationStart.apply(plan);

        assertThat(StationPlanChecker.check(plan).violations()).isEmpty();
        assertThat(plan.getVillages()).filteredOn(VillageSite::hasExistingStation)
                .allSatisfy(village -> assertThat(village.getChoice()).isEqualTo(StationChoice.EXISTING));
        // nothing forced beyond the rules: every added station is named by a rule or needed for reach or share
        assertThat(plan.getVillages()).filteredOn(village -> !village.hasExistingStation() && village.hasStation())
                .allSatisfy(village -> assertThat(village.getChoice()).isEqualTo(village.cheapestStation()));
    }

    @Test
    void theStartAddsTheCheapestStationWhereARuleNamesAVillage() {
        double[] metres = {0, 1_000, 1_000, 0};
        VillageDistances distances = new VillageDistances(2, metres);
        VillageSite poor = new VillageSite(0, "A", "甲村", "T", 100, true, false, 400_000, 2_000_000, distances);
        VillageSite kept = new VillageSite(1, "B", "乙村", "T", 100, false, true, 400_000, 2_000_000, distances);
        SitingPlan plan = new SitingPlan(SitingConstraintProviderTest.RULES, List.of(new SitingTownship("T", "乡")),
                distances, List.of(poor, kept));

        StationStart.apply(plan);

        assertThat(poor.getChoice()).isEqualTo(StationChoice.UPGRADED); // poor; an upgrade is cheaper than a new build
        assertThat(kept.getChoice()).isEqualTo(StationChoice.EXISTING);
    }

    @Test
    void aSolveEndedFromOutsideStopsLongBeforeItsLimitWithAPlanThatMeetsEveryRule() {
        SitingPlan problem = RandomSitingProblems.generate(7, 200, 8);

        long start = System.nanoTime();
        SitingPlan solved = new StationSiter(Duration.ofSeconds(60)).solve(problem,
                end -> CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(end));
        Duration spent = Duration.ofNanos(System.nanoTime() - start);

        // without the stop it runs until 15 s (a quarter of the limit) pass without improvement, at the least
        assertThat(spent).isLessThan(Duration.ofSeconds(10));
        assertThat(StationPlanChecker.check(solved).violations()).isEmpty();
    }

    @Test
    void theProblemIsNotModified() {
        SitingPlan problem = RandomSitingProblems.generate(8, 20, 2);

        new StationSiter(Duration.ofSeconds(1)).solve(problem);

        assertThat(problem.getVillages()).allSatisfy(village -> assertThat(village.getChoice()).isNull());
    }

    @Test
    void aTimeLimitMustBePositive() {
        assertThatThrownBy(() -> new StationSiter(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The time limit must be positive, got PT0S.");
    }

    @Test
    void theExhaustiveMethodRefusesLargeCounties() {
        SitingPlan problem = RandomSitingProblems.generate(9, 64, 3);
        assertThatThrownBy(() -> ExhaustiveSiter.solve(problem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The exhaustive method takes at most 63 villages, got 64.");
    }

    @Test
    void theExhaustiveMethodPrefersAnUpgradeAndFewStations() {
        // three villages 1 km apart in one township; none named by a rule; 50 % of 3 asks 2 stations
        double[] metres = {0, 1_000, 2_000, 1_000, 0, 1_000, 2_000, 1_000, 0};
        VillageDistances distances = new VillageDistances(3, metres);
        List<VillageSite> villages = List.of(
                new VillageSite(0, "A", "甲村", "T", 100, false, false, VillageSite.NO_UPGRADE, 2_000_000, distances),
                new VillageSite(1, "B", "乙村", "T", 100, false, false, 400_000, 2_000_000, distances),
                new VillageSite(2, "C", "丙村", "T", 100, false, true, 400_000, 2_000_000, distances));
        SitingPlan problem = new SitingPlan(SitingConstraintProviderTest.RULES, List.of(new SitingTownship("T", "乡")),
                distances, villages);

        SitingPlan exact = ExhaustiveSiter.solve(problem);

        assertThat(exact.choices()).containsExactly(java.util.Map.entry("A", StationChoice.NONE),
                java.util.Map.entry("B", StationChoice.UPGRADED), java.util.Map.entry("C", StationChoice.EXISTING));
        assertThat(exact.getScore().softScore()).isEqualTo(-(400_000 + 2 * 450_000)); // upgrade + 2 stations' delivery
    }
}
