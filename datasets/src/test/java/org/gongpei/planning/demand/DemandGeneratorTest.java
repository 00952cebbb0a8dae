package org.gongpei.planning.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.VillageData;
import org.junit.jupiter.api.Test;

class DemandGeneratorTest {

    private static final CountyNetworkData DAMING = DemoCounties.daming();
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 16);

    @Test
    void sameSeedGivesTheSameDemandAndAnotherSeedDoesNot() {
        assertThat(new DemandGenerator(DAMING, 7).downParcels(MONDAY)).isEqualTo(new DemandGenerator(DAMING, 7).downParcels(MONDAY));
        assertThat(new DemandGenerator(DAMING, 7).upShipments(MONDAY)).isEqualTo(new DemandGenerator(DAMING, 7).upShipments(MONDAY));
        assertThat(new DemandGenerator(DAMING, 8).downParcels(MONDAY)).isNotEqualTo(new DemandGenerator(DAMING, 7).downParcels(MONDAY));
    }

    @Test
    void aDaysDemandDoesNotDependOnWhatWasAskedBefore() {
        DemandGenerator fresh = new DemandGenerator(DAMING, 7);
        DemandGenerator used = new DemandGenerator(DAMING, 7);
        used.downParcels(MONDAY.minusDays(3));
        used.upShipments(MONDAY.plusDays(1));
        assertThat(used.downParcels(MONDAY)).isEqualTo(fresh.downParcels(MONDAY));
        assertThat(used.upShipments(MONDAY)).isEqualTo(fresh.upShipments(MONDAY));
    }

    @Test
    void downParcelsAreNonNegativeAndCoverEveryVillageAndCarrier() {
        List<DownParcels> day = new DemandGenerator(DAMING, 7).downParcels(MONDAY);
        assertThat(day).hasSize(DAMING.villages().size() * Carrier.values().length);
        assertThat(day).allSatisfy(d -> {
            assertThat(d.parcels()).isNotNegative();
            assertThat(d.chilledParcels()).isBetween(0, d.parcels());
            assertThat(d.volumeM3()).isNotNegative();
            assertThat(d.weightKg()).isNotNegative();
            assertThat(d.parcels() == 0).isEqualTo(d.weightKg() == 0);
        });
    }

    @Test
    void countyTotalFollowsPopulationRateAndWeekday() {
        DemandGenerator generator = new DemandGenerator(DAMING, 7);
        int residents = DAMING.villages().stream().mapToInt(VillageData::population).sum();
        for (int d = 0; d < 7; d++) {
            LocalDate date = MONDAY.plusDays(d);
            int total = generator.downParcels(date).stream().mapToInt(DownParcels::parcels).sum();
            double expected = residents * DemandGenerator.DOWN_PARCELS_PER_RESIDENT_PER_DAY
                    * DemandGenerator.weekdayFactor(date.getDayOfWeek());
            // a sum of Poisson draws: standard deviation about sqrt(36,000) = 190, so 2% is > 3 sigma
            assertThat((double) total).as(date.toString()).isCloseTo(expected, within(expected * 0.02));
        }
    }

    @Test
    void carrierSharesSumToOneAndShowInTheTotals() {
        assertThat(Arrays.stream(Carrier.values()).mapToDouble(Carrier::share).sum()).isCloseTo(1.0, within(1e-9));
        Map<Carrier, Integer> totals = new DemandGenerator(DAMING, 7).downParcelsByCarrier(MONDAY);
        int all = totals.values().stream().mapToInt(Integer::intValue).sum();
        for (Carrier c : Carrier.values()) {
            assertThat(totals.get(c) / (double) all).as(c.name()).isCloseTo(c.share(), within(0.01));
        }
    }

    @Test
    void weekdayFactorsAverageOne() {
        assertThat(Arrays.stream(DayOfWeek.values()).mapToDouble(DemandGenerator::weekdayFactor).average().orElseThrow())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void chilledShareIsSmall() {
        List<DownParcels> day = new DemandGenerator(DAMING, 7).downParcels(MONDAY);
        double chilled = day.stream().mapToInt(DownParcels::chilledParcels).sum();
        double all = day.stream().mapToInt(DownParcels::parcels).sum();
        assertThat(chilled / all).isCloseTo(DemandGenerator.CHILLED_SHARE, within(0.005));
    }

    @Test
    void upShipmentsFollowTheSeasonAndCarryColdChainLimits() {
        DemandGenerator generator = new DemandGenerator(DAMING, 7);
        List<UpShipment> june = generator.upShipments(MONDAY);
        List<UpShipment> january = generator.upShipments(LocalDate.of(2025, 1, 13));
        assertThat(june).anyMatch(UpShipment::chilled);
        assertThat(january).noneMatch(UpShipment::chilled);
        assertThat(june).extracting(UpShipment::product).contains(FarmProduct.PEANUTS, FarmProduct.FLOUR,
                FarmProduct.SESAME_OIL, FarmProduct.STRAW_CRAFTS, FarmProduct.FRESH_VEGETABLES, FarmProduct.FRESH_FRUIT);
        assertThat(june).allSatisfy(s -> {
            assertThat(s.parcels()).isPositive();
            assertThat(s.weightKg()).isPositive();
            assertThat(s.readyTime().toLocalDate()).isEqualTo(MONDAY);
            assertThat(s.readyTime().getHour()).isBetween(6, 16);
            assertThat(s.maxHoursToColdStorage() != null).isEqualTo(s.chilled());
        });
    }
}
