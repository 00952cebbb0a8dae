package org.gongpei.solver.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;

class HubAssignerTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** Centre + 4 hubs of 300 parcels and 50 yuan a day, 60 villages of 5 to 60 parcels within 15 km. */
    private static HubAssignmentPlan sixtyVillages() {
        return RandomHubProblems.generate(42, 4, 60, 15, 300, 5_000);
    }

    @Test
    void capacityPushesVillagesOffTheirCheapestHubAndTheScoreIsTheCost() {
        HubAssignmentPlan problem = sixtyVillages();
        assertThat(mostOverbookedHubExcess(problem)).as("some hub is the cheapest for more parcels than it holds")
                .isPositive();

        HubAssignmentPlan solved = new HubAssigner(LIMIT).solve(problem, null);

        assertThat(solved.getVillages()).allSatisfy(village -> {
            assertThat(village.getDepot()).isNotNull();
            assertThat(village.getAllowedDepots()).contains(village.getDepot());
        });
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore()).isEqualTo(recompute(solved));
        assertThat(solved.getVillages()).anySatisfy(village -> assertThat(village.cost())
                .isGreaterThan(cheapestAllowedCost(village)));
        assertThat(problem.getVillages()).allSatisfy(village -> assertThat(village.getDepot()).isNull());
    }

    @Test
    void opensHubsThatNoSingleVillagePaysFor() {
        Depot centre = new Depot(0, "C", "县共配中心", true, true, Depot.UNLIMITED, 0);
        Depot a = new Depot(1, "A", "张铁集站", false, false, 100, 1_000);
        Depot b = new Depot(2, "B", "金滩镇站", false, true, 120, 1_500);
        List<Depot> depots = List.of(centre, a, b);
        List<VillageAssignment> villages = new ArrayList<>();
        int[] nearAParcels = {25, 25, 25, 25, 30, 30};
        for (int i = 0; i < nearAParcels.length; i++) {
            villages.add(new VillageAssignment("A" + i, "张村" + i, nearAParcels[i], false,
                    new long[] {600, 200, 1_000}, depots));
        }
        for (int i = 0; i < 5; i++) {
            villages.add(new VillageAssignment("B" + i, "金村" + i, 30, false, new long[] {700, 1_000, 250}, depots));
        }
        villages.add(new VillageAssignment("F", "草莓村", 20, true, new long[] {800, 300, 450}, depots));
        HubAssignmentPlan problem = new HubAssignmentPlan(depots, villages);

        HubAssignmentPlan solved = new HubAssigner(Duration.ofSeconds(1)).solve(problem, null);

        // Everything from the centre costs 6 × 600 + 5 × 700 + 800 = 7,900. One village moved to A saves 400 of
        // A's 1,000 opening cost, but four 25-parcel villages (100 parcels, A's capacity) save 1,600; four B
        // villages (120 parcels) save 1,800 against B's 1,500. Optimum 7,900 - 600 - 300 = 7,000.
        assertThat(bruteForceOptimum(problem)).isEqualTo(HardSoftScore.ofSoft(-7_000));
        assertThat(solved.getScore()).isEqualTo(HardSoftScore.ofSoft(-7_000));
        assertThat(solved.getScore()).isEqualTo(recompute(solved));
    }

    @Test
    void chilledVillageGoesToADepotWithColdStorage() {
        Depot centre = new Depot(0, "C", "县共配中心", true, true, Depot.UNLIMITED, 0);
        Depot plain = new Depot(1, "H1", "张铁集站", false, false, 1_000, 2_000);
        Depot cold = new Depot(2, "H2", "金滩镇站", false, true, 1_000, 2_000);
        List<Depot> depots = List.of(centre, plain, cold);
        List<VillageAssignment> villages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            villages.add(new VillageAssignment("P" + i, "普通村" + i, 20, false, new long[] {5_000, 500, 3_000}, depots));
            villages.add(new VillageAssignment("Q" + i, "冷链村" + i, 20, false, new long[] {5_000, 3_000, 500}, depots));
        }
        VillageAssignment chilled = new VillageAssignment("F", "草莓村", 20, true, new long[] {5_000, 500, 1_500}, depots);
        villages.add(chilled);

        HubAssignmentPlan solved = new HubAssigner(LIMIT).solve(new HubAssignmentPlan(depots, villages), null);

        VillageAssignment solvedChilled = solved.getVillages().stream()
                .filter(village -> village.getVillageCode().equals("F")).findFirst().orElseThrow();
        assertThat(solvedChilled.getDepot()).isEqualTo(cold); // 张铁集站 would be cheaper but has no cold storage
        assertThat(solved.getScore()).isEqualTo(recompute(solved));
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void terminateEarlyReturnsTheBestSoFar() {
        HubAssignmentPlan problem = sixtyVillages();
        HubAssigner assigner = new HubAssigner(LIMIT);
        AtomicInteger bestScores = new AtomicInteger();

        HubAssignmentPlan stopped = assigner.solve(problem, score -> {
            bestScores.incrementAndGet();
            assigner.terminateEarly();
        });
        HubAssignmentPlan full = new HubAssigner(LIMIT).solve(problem, null);

        assertThat(bestScores).hasValue(1); // the construction's result; no later phase ran
        assertThat(stopped.getVillages()).allSatisfy(village -> assertThat(village.getDepot()).isNotNull());
        assertThat(stopped.getScore()).isEqualTo(recompute(stopped)).isLessThan(full.getScore());
    }

    @Test
    void aDayWithoutVillagesCostsNothing() {
        HubAssignmentPlan empty = new HubAssignmentPlan(sixtyVillages().getDepots(), List.of());

        assertThat(new HubAssigner(LIMIT).solve(empty, null).getScore()).isEqualTo(HardSoftScore.ZERO);
    }

    @Test
    void noScoreCorruptionInFullAssertMode() {
        SolverFactory<HubAssignmentPlan> factory = SolverFactory.create(HubAssigner.config(Duration.ofSeconds(1),
                context -> { }).withEnvironmentMode(EnvironmentMode.FULL_ASSERT));

        HubAssignmentPlan solved = factory.buildSolver().solve(RandomHubProblems.generate(5, 4, 30, 15, 200, 5_000));

        assertThat(solved.getScore()).isEqualTo(recompute(solved));
    }

    /** Score from the raw data only: capacity excess and cold storage hard, serving and opening costs soft. */
    static HardSoftScore recompute(HubAssignmentPlan plan) {
        long[] parcels = new long[plan.getDepots().size()];
        long hard = 0;
        long cost = 0;
        for (VillageAssignment village : plan.getVillages()) {
            Depot depot = village.getDepot();
            parcels[depot.index()] += village.getParcels();
            cost += village.getCostByDepot()[depot.index()];
            if (village.needsColdStorage() && !depot.coldStorage()) {
                hard++;
            }
        }
        for (Depot depot : plan.getDepots()) {
            if (parcels[depot.index()] > depot.capacityParcels()) {
                hard += parcels[depot.index()] - depot.capacityParcels();
            }
        }
        Set<Depot> used = new HashSet<>();
        plan.getVillages().forEach(village -> used.add(village.getDepot()));
        for (Depot depot : used) {
            cost += depot.openingCost();
        }
        return HardSoftScore.of(-hard, -cost);
    }

    private static HardSoftScore bruteForceOptimum(HubAssignmentPlan problem) {
        List<VillageAssignment> villages = problem.getVillages();
        int[] choice = new int[villages.size()];
        HardSoftScore best = null;
        while (true) {
            for (int i = 0; i < villages.size(); i++) {
                villages.get(i).setDepot(villages.get(i).getAllowedDepots().get(choice[i]));
            }
            HardSoftScore score = recompute(problem);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < villages.size() && ++choice[i] == villages.get(i).getAllowedDepots().size()) {
                choice[i++] = 0;
            }
            if (i == villages.size()) {
                villages.forEach(village -> village.setDepot(null));
                return best;
            }
        }
    }

    private static long mostOverbookedHubExcess(HubAssignmentPlan problem) {
        long[] cheapestFor = new long[problem.getDepots().size()];
        for (VillageAssignment village : problem.getVillages()) {
            Depot cheapest = village.getAllowedDepots().stream()
                    .min((a, b) -> Long.compare(village.costFrom(a), village.costFrom(b))).orElseThrow();
            cheapestFor[cheapest.index()] += village.getParcels();
        }
        long excess = Long.MIN_VALUE;
        for (Depot depot : problem.getDepots()) {
            excess = Math.max(excess, cheapestFor[depot.index()] - depot.capacityParcels());
        }
        return excess;
    }

    private static long cheapestAllowedCost(VillageAssignment village) {
        return village.getAllowedDepots().stream().mapToLong(village::costFrom).min().orElseThrow();
    }

    @Test
    void aTimeLimitThatEndsDuringConstructionStillAssignsEveryVillage() {
        HubAssignmentPlan problem = RandomHubProblems.generate(7, 6, 2_000, 30, 3_000, 5_000);

        HubAssignmentPlan solved = new HubAssigner(Duration.ofMillis(1)).solve(problem, null);

        assertThat(solved.getVillages()).hasSize(2_000)
                .allSatisfy(village -> assertThat(village.getDepot()).isNotNull());
        assertThat(solved.getScore()).isEqualTo(recompute(solved));
    }
}
