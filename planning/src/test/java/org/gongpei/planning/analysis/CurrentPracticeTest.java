package org.gongpei.planning.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.gongpei.planning.analysis.CurrentPractice.BrandPractice;
import org.gongpei.planning.demand.Carrier;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.FarmProduct;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.plan.DayDemand;
import org.junit.jupiter.api.Test;

/** Today's practice as entered: priced from the stated costs or the county's van, taken to serve the whole day. */
class CurrentPracticeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 16);
    private static final DayDemand DEMAND = DayDemand.of(DAY,
            List.of(new DownParcels(DAY, "V1", Carrier.ZTO, 300, 0, 1.5, 300),
                    new DownParcels(DAY, "V2", Carrier.CHINA_POST, 100, 10, 0.5, 100)),
            List.of(new UpShipment("V2", FarmProduct.FRESH_FRUIT, 20, 100, 0.2, LocalDateTime.of(DAY, java.time.LocalTime.NOON),
                    true, 6)));

    @Test
    void brandsArePricedFromTheirStatedCostOrTheCountysVan() {
        FleetSettings fleet = FleetSettings.defaults();
        CurrentPractice today = new CurrentPractice(List.of(new BrandPractice("中通", 3, 1, 240, null),
                new BrandPractice("邮政", 2, 2, 180, 500.0)), "2025 年 6 月问卷");
        AnalysisParameters parameters = AnalysisParameters.of(Duration.ofSeconds(1), fleet);

        ScenarioMetrics metrics = today.metrics(DEMAND, fleet, parameters);

        assertThat(metrics.kind()).isEqualTo(ScenarioKind.CURRENT);
        assertThat(metrics.vehicleDays()).isEqualTo(5);
        assertThat(metrics.distanceMetres()).isEqualTo(420_000);
        // 中通: 3 vans × 100 yuan + 240 km × 0.6 yuan; 邮政: 500 yuan as stated
        assertThat(metrics.cost().fixedFen()).isEqualTo(3 * 10_000 + 50_000);
        assertThat(metrics.cost().distanceFen()).isEqualTo(Math.round(240 * fleet.van().yuanPerKm() * 100));
        // handling at the centre for every parcel down and up, as in the planned scenarios
        assertThat(metrics.cost().handlingFen()).isEqualTo(420 * parameters.centreHandlingFenPerParcel());
        assertThat(metrics.parcelsDelivered()).isEqualTo(400);
        assertThat(metrics.parcelsPickedUp()).isEqualTo(20);
        assertThat(metrics.note()).contains("2025 年 6 月问卷");
    }

    @Test
    void aPlanThatLeavesParcelsOutIsNotComparableWithTodaysPractice() {
        ScenarioMetrics today = new CurrentPractice(List.of(new BrandPractice("中通", 3, 1, 240, null)), null)
                .metrics(DEMAND, FleetSettings.defaults(), AnalysisParameters.defaults(Duration.ofSeconds(1)));
        ScenarioMetrics joint = new ScenarioMetrics(ScenarioKind.JOINT, 1, 100_000, 2, 36_000,
                new CostParts(20_000, 0, 0, 0), 390, 20, 10, 2, 2, 1_000, 3_600, 7_200, 0, "");

        assertThat(Savings.of(today, joint).comparable()).isFalse();
    }

    @Test
    void eachFieldThatCannotBeUsedIsNamed() {
        CurrentPractice bad = new CurrentPractice(List.of(new BrandPractice(" ", 0, 0, -5, -1.0)), null);

        assertThat(bad.problems()).extracting(FleetSettings.Problem::field, FleetSettings.Problem::code).containsExactly(
                tuple("currentPractice.brands[0].brand", "required"),
                tuple("currentPractice.brands[0].vehicles", "notPositive"),
                tuple("currentPractice.brands[0].tripsPerDay", "notPositive"),
                tuple("currentPractice.brands[0].kmPerDay", "negative"),
                tuple("currentPractice.brands[0].costYuanPerDay", "negative"));
        assertThat(new CurrentPractice(List.of(), null).problems()).extracting(FleetSettings.Problem::field)
                .containsExactly("currentPractice.brands");
    }

    @Test
    void routesGiveTheKmOnTheRoadsAndTheVisits() {
        FleetSettings fleet = FleetSettings.defaults();
        AnalysisParameters parameters = AnalysisParameters.of(Duration.ofSeconds(1), fleet);
        // a stand-in for the roads: 10 km for every leg of a trip
        CurrentPractice.TripMetres roads = trip -> 10_000L * (trip.size() + 1);
        CurrentPractice today = new CurrentPractice(List.of(
                new BrandPractice("中通", 2, 1, 999.0, null, List.of(List.of("V1", "V2"), List.of("V2"))),
                new BrandPractice("邮政", 1, 1, 50, null)), null);

        ScenarioMetrics metrics = today.metrics(DEMAND, fleet, parameters, roads);

        // 中通: 30 + 20 km by road, its 999 km a day not read; 邮政: 50 km as entered
        assertThat(metrics.distanceMetres()).isEqualTo(100_000);
        assertThat(metrics.cost().distanceFen()).isEqualTo(2 * Math.round(50 * fleet.van().yuanPerKm() * 100));
        assertThat(metrics.villageVisits()).as("邮政 gives no routes: visits are not known").isZero();

        CurrentPractice allRoutes = new CurrentPractice(List.of(
                new BrandPractice("中通", 2, 1, null, null, List.of(List.of("V1", "V2"), List.of("V2")))), null);
        assertThat(allRoutes.metrics(DEMAND, fleet, parameters, roads).villageVisits()).isEqualTo(3);
    }

    @Test
    void routesCannotBePricedWithoutRoads() {
        CurrentPractice today = new CurrentPractice(List.of(
                new BrandPractice("中通", 1, 1, null, null, List.of(List.of("V1")))), null);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> today.metrics(DEMAND,
                FleetSettings.defaults(), AnalysisParameters.defaults(Duration.ofSeconds(1))));
    }

    @Test
    void eachVillageOfARouteThatCannotBeUsedIsNamed() {
        java.util.ArrayList<String> blank = new java.util.ArrayList<>(List.of("V1"));
        blank.add(" ");
        CurrentPractice bad = new CurrentPractice(List.of(new BrandPractice("中通", 1, 1, null, null,
                List.of(List.of("V1", "V9"), List.of(), blank)), new BrandPractice("邮政", 1, 1, null, null, null)), null);

        assertThat(bad.problems(java.util.Set.of("V1", "V2")))
                .extracting(FleetSettings.Problem::field, FleetSettings.Problem::code).containsExactly(
                        tuple("currentPractice.brands[0].routes[1]", "required"),
                        tuple("currentPractice.brands[0].routes[2][1]", "required"),
                        tuple("currentPractice.brands[1].kmPerDay", "required"),
                        tuple("currentPractice.brands[0].routes[0][1]", "unknownVillage"));
    }
}
