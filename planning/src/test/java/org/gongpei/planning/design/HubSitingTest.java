package org.gongpei.planning.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.gongpei.planning.plan.DayDemand;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.solver.daily.model.DailyParameters;
import org.junit.jupiter.api.Test;

class HubSitingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 16);
    private static final MatrixSource ROADS = MatrixSource.haversine(1.3, 30);

    /**
     * The centre at 36.00° N; three villages 43–45 km north of it by road (0.01° ≈ 1.45 km at a 1.3 detour); today's
     * hub 北站 half-way (36.15°); two candidate sites in the villages, 1,500 parcels a day each.
     */
    private static CountyNetworkData county(Integer candidateCapacity) {
        return new CountyNetworkData("HB1", "试县", "省", "省会", null, new CentreData("中心", 36.00, 115.0),
                List.of(new TownshipData("T1", "北乡", null, null)),
                List.of(new HubData("H1", "北站", "T1", 36.15, 115.0, true, true, 10_000),
                        new HubData("H2", "甲村点", "T1", 36.300, 115.0, false, false, candidateCapacity),
                        new HubData("H3", "丙村点", "T1", 36.310, 115.0, false, false, candidateCapacity)),
                List.of(new VillageData("A", "甲村", "T1", 36.300, 115.0, 900, false, true),
                        new VillageData("B", "乙村", "T1", 36.305, 115.0, 900, false, false),
                        new VillageData("C", "丙村", "T1", 36.310, 115.0, 900, false, true)),
                List.of());
    }

    private static DayDemand demand(int parcelsEach, int chilledAtA) {
        return new DayDemand(DAY, List.of(
                new DownParcels(DAY, "A", Carrier.ZTO, parcelsEach, chilledAtA, parcelsEach * 0.01, parcelsEach * 1.0),
                new DownParcels(DAY, "B", Carrier.ZTO, parcelsEach, 0, parcelsEach * 0.01, parcelsEach * 1.0),
                new DownParcels(DAY, "C", Carrier.ZTO, parcelsEach, 0, parcelsEach * 0.01, parcelsEach * 1.0)),
                List.of());
    }

    @Test
    void aCandidateTurnsTheCountyIntoItsNetwork() {
        CountyNetworkData county = county(1_500);
        HubNetworkCandidate candidate = new HubNetworkCandidate("变", HubNetworkCandidate.Origin.USER,
                Map.of("H1", HubAction.CLOSE, "H2", HubAction.OPEN, "H3", HubAction.ADD_COLD_STORAGE),
                Map.of("H2", 2_000));

        CountyNetworkData network = candidate.network(county);

        assertThat(network.hubs()).extracting(HubData::code, HubData::designated, HubData::coldStorage,
                HubData::capacityParcelsPerDay).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("H1", false, true, 10_000),
                        org.assertj.core.groups.Tuple.tuple("H2", true, false, 2_000),
                        org.assertj.core.groups.Tuple.tuple("H3", true, true, 1_500));
        assertThat(network.villages()).isEqualTo(county.villages());
        assertThat(candidate.openHubCodes(county)).containsExactly("H2", "H3");
        // two sites opened (100,000 + 40,000 each) and cold storage added at one (30,000); 北站 closed costs nothing
        assertThat(candidate.fixedYuanPerYear(county, HubSitingSettings.defaults())).isEqualTo(310_000);
        assertThat(HubNetworkCandidate.today("today").fixedYuanPerYear(county, HubSitingSettings.defaults()))
                .isEqualTo(100_000);
        assertThatThrownBy(() -> new HubNetworkCandidate("x", HubNetworkCandidate.Origin.USER,
                Map.of("H9", HubAction.OPEN), Map.of()).network(county)).hasMessageContaining("H9");
    }

    @Test
    void theSearchOpensTheSitesByTheVillagesWithinTheirCapacity() {
        CountyNetworkData county = county(1_500);
        HubSitingProblem problem = HubSitingProblem.of(county, demand(1_000, 0), ROADS);

        HubSitingProposal proposal = HubSiting.propose(county, problem, HubSitingSettings.defaults(), "SITING");

        // each site takes one village of 1,000 parcels (a second would pass 1,500); the third stays with 北站, since
        // from the centre its 1,000 parcels × 43 km × 0.05 yuan cost more a year than running 北站
        assertThat(proposal.openHubs()).containsExactly("H1", "H2", "H3");
        assertThat(proposal.hubParcels()).containsEntry("H2", 1_000).containsEntry("H3", 1_000)
                .containsEntry("H1", 1_000);
        assertThat(proposal.candidate().actions()).isEqualTo(Map.of("H2", HubAction.OPEN, "H3", HubAction.OPEN));
        HubSitingChecker.Check check = HubSitingChecker.check(problem, proposal, HubSitingSettings.defaults());
        assertThat(check.passes()).isTrue();
    }

    @Test
    void withoutCapacityOneSiteTakesEveryVillageAndTodaysHubCloses() {
        CountyNetworkData county = county(null);
        HubSitingProblem problem = HubSitingProblem.of(county, demand(1_000, 0), ROADS);

        HubSitingProposal proposal = HubSiting.propose(county, problem, HubSitingSettings.defaults(), "SITING");

        assertThat(proposal.openHubs()).hasSize(1).doesNotContain("H1");
        assertThat(proposal.hubParcels().values()).containsExactly(3_000);
    }

    @Test
    void theCheckerRecomputesTheProposalsCostsFromTheDistances() {
        CountyNetworkData county = county(1_500);
        HubSitingSettings settings = HubSitingSettings.defaults();
        HubSitingProblem problem = HubSitingProblem.of(county, demand(1_000, 0), ROADS);
        HubSitingProposal proposal = HubSiting.propose(county, problem, settings, "SITING");

        HubSitingChecker.Check check = HubSitingChecker.check(problem, proposal, settings);

        assertThat(check.fixedYuanPerYear()).isEqualTo(proposal.fixedYuanPerYear())
                .isEqualTo(380_000); // 北站 100,000; two sites 140,000 each
        assertThat(check.transportYuanPerDay()).isCloseTo(proposal.transportYuanPerDay(), within(1e-6));
        // by hand: 乙村 is 0.73 km from either site (1,000 parcels × 0.05 yuan a km), 甲村 and 丙村 are at theirs, and
        // 北站's village is 21.8–23.2 km away; trucks: one round trip to each hub at 2 yuan a km
        double km = 0.01 * 111.195 * 1.3;
        double expected = 0;
        for (String village : List.of("A", "B", "C")) {
            String hub = proposal.villageHubs().get(village);
            int v = problem.villageCodes().indexOf(village);
            expected += 1_000 * problem.metres(problem.sites().stream().map(HubData::code).toList().indexOf(hub), v)
                    / 1000 * 0.05;
        }
        expected += 2.0 * 2 * (15 * km + 30 * km + 31 * km);
        assertThat(check.transportYuanPerDay()).isCloseTo(expected, within(1.0));
        assertThat(expected).isGreaterThan(1_000 * 15 * km * 0.05); // 北站's village is the costly one
    }

    @Test
    void theCheckerFindsAHubOverItsCapacity() {
        CountyNetworkData county = county(1_500);
        HubSitingProblem problem = HubSitingProblem.of(county, demand(1_000, 0), ROADS);
        HubSitingProposal overloaded = new HubSitingProposal(
                new HubNetworkCandidate("x", HubNetworkCandidate.Origin.USER, Map.of("H2", HubAction.OPEN), Map.of()),
                List.of("H1", "H2"), Map.of("A", "H2", "B", "H2", "C", "H3"), Map.of(), 0, 0);

        HubSitingChecker.Check check = HubSitingChecker.check(problem, overloaded, HubSitingSettings.defaults());

        assertThat(check.overCapacity()).containsExactly("H2"); // 2,000 parcels, 1,500 capacity
        assertThat(check.misassigned()).containsExactly("C"); // H3 is not open
        assertThat(check.passes()).isFalse();
    }

    @Test
    void theProposalAddsColdStorageWhereTheChilledParcelsGo() {
        CountyNetworkData county = county(1_500);
        HubSitingProblem problem = HubSitingProblem.of(county, demand(1_000, 200), ROADS);

        HubProposal proposal = HubProposal.of(county, problem, HubSitingSettings.defaults());

        assertThat(proposal.candidates()).extracting(HubNetworkCandidate::origin).containsExactly(
                HubNetworkCandidate.Origin.TODAY, HubNetworkCandidate.Origin.SITING,
                HubNetworkCandidate.Origin.COLD_STORAGE);
        String chilledHub = proposal.siting().villageHubs().get("A"); // 甲村点: 北站 has cold storage already
        assertThat(chilledHub).isEqualTo("H2");
        assertThat(proposal.candidates().get(2).actions()).containsEntry(chilledHub, HubAction.ADD_COLD_STORAGE);
        assertThat(HubProposal.of(county, HubSitingProblem.of(county, demand(1_000, 0), ROADS),
                HubSitingSettings.defaults()).candidates()).hasSize(2); // no chilled parcels, no cold storage
    }

    @Test
    void theComparisonJudgesEachCandidateByItsDailyPlans() {
        CountyNetworkData county = county(1_500);
        DayDemand day = demand(600, 0);
        HubSitingSettings settings = HubSitingSettings.defaults();
        List<HubNetworkCandidate> candidates = List.of(HubNetworkCandidate.today("TODAY"),
                new HubNetworkCandidate("近", HubNetworkCandidate.Origin.USER,
                        Map.of("H1", HubAction.CLOSE, "H2", HubAction.OPEN), Map.of("H2", 5_000)));
        HubComparison comparison = new HubComparison(county, day, ROADS,
                DailyParameters.defaults(Duration.ofSeconds(1)), FleetSettings.defaults(), settings);

        HubComparisonResult result = comparison.compare(candidates, List.of(0L, 1L), null, (candidate, seed, solve, solves) -> {
        });

        assertThat(result.candidates()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            HubComparisonResult.Candidate candidate = result.candidates().get(i);
            List<String> open = candidates.get(i).openHubCodes(county);
            assertThat(candidate.runs()).hasSize(2).allSatisfy(run -> {
                assertThat(open).containsAll(run.hubsUsed());
                assertThat(run.unservedParcels()).isZero();
                assertThat(run.parcelsServed()).isEqualTo(1_800); // 600 parcels in each of three villages
                assertThat(run.costPerParcelYuan()).isCloseTo(run.costPerDayYuan() / 1_800, within(1e-9));
                assertThat(run.costPerDayYuan()).isCloseTo(run.transportYuan() + candidate.fixedYuanPerDay(),
                        within(1e-6));
                assertThat(run.stationVillagesServed()).isEqualTo(2); // 甲村 and 丙村 have stations
                assertThat(run.maxParcelAgeHours()).isGreaterThanOrEqualTo(run.meanParcelAgeHours());
            });
            assertThat(candidate.costPerDayYuan().min()).isLessThanOrEqualTo(candidate.costPerDayYuan().max());
        }
        assertThat(result.candidates().get(0).fixedYuanPerDay()).isCloseTo(100_000 / 300.0, within(1e-9));
        assertThat(result.candidates().get(1).fixedYuanPerDay()).isCloseTo(140_000 / 300.0, within(1e-9));
        // the villages are 0–0.7 km from 甲村点 and about 22 km from 北站: the near hub drives less
        assertThat(result.candidates().get(1).km().max()).isLessThan(result.candidates().get(0).km().min());
    }
}
