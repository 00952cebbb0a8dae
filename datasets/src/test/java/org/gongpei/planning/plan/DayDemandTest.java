package org.gongpei.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.demand.DemandGenerator;
import org.gongpei.planning.demand.DownParcels;
import org.gongpei.planning.demand.UpShipment;
import org.gongpei.planning.network.CountyNetworkData;
import org.junit.jupiter.api.Test;

class DayDemandTest {

    private static final CountyNetworkData COUNTY = DemoCounties.bayreuth();
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 16);

    @Test
    void ofKeepsTheRowsOfTheDayOnly() {
        DemandGenerator generator = new DemandGenerator(COUNTY, 5);
        List<DownParcels> down = new ArrayList<>();
        List<UpShipment> up = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            down.addAll(generator.downParcels(MONDAY.plusDays(d)));
            up.addAll(generator.upShipments(MONDAY.plusDays(d)));
        }
        LocalDate wednesday = MONDAY.plusDays(2);

        DayDemand day = DayDemand.of(wednesday, down, up);

        assertThat(day).isEqualTo(DayDemand.generated(COUNTY, wednesday, 5));
        assertThat(day.down()).isNotEmpty().allMatch(row -> row.date().equals(wednesday));
        assertThat(day.up()).isNotEmpty().allMatch(shipment -> shipment.readyTime().toLocalDate().equals(wednesday));
    }

    @Test
    void rowsOfAnotherDayAreRefused() {
        DayDemand tuesday = DayDemand.generated(COUNTY, MONDAY.plusDays(1), 5);
        assertThatThrownBy(() -> new DayDemand(MONDAY, tuesday.down(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 2025-06-16");
        assertThatThrownBy(() -> new DayDemand(MONDAY, List.of(), tuesday.up()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on 2025-06-16");
    }
}
