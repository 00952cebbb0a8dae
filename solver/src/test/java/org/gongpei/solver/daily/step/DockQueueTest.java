package org.gongpei.solver.daily.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongpei.solver.daily.step.DockQueue.Loading;

class DockQueueTest {

    @Test
    void firstLoadsLeaveInWavesOfTheDocks() {
        assertThat(DockQueue.firstDepartures(new long[] {100, 100, 100, 100, 100}, 10, 2))
                .containsExactly(100, 100, 110, 110, 120);
    }

    @Test
    void aVanReadyLaterThanTheWavesLeavesWhenReady() {
        assertThat(DockQueue.firstDepartures(new long[] {100, 100, 500}, 10, 1)).containsExactly(100, 110, 500);
    }

    @Test
    void withoutADockLimitEveryVanLeavesWhenReady() {
        assertThat(DockQueue.firstDepartures(new long[] {100, 100, 100}, 10, 0)).containsExactly(100, 100, 100);
    }

    @Test
    void aReloadWaitsUntilADockIsFreeForAllOfItsTime() {
        List<Loading> busy = List.of(new Loading(0, 10), new Loading(5, 15), new Loading(12, 20));
        // at 6 both docks are busy; at 10 one frees until another van starts loading at 12, and at 15 the other
        // dock frees for good
        assertThat(DockQueue.earliestFree(busy, 6, 2, 2)).isEqualTo(10);
        assertThat(DockQueue.earliestFree(busy, 6, 3, 2)).isEqualTo(15);
        assertThat(DockQueue.earliestFree(busy, 6, 8, 2)).isEqualTo(15);
        assertThat(DockQueue.earliestFree(busy, 6, 3, 3)).isEqualTo(6);
        assertThat(DockQueue.earliestFree(busy, 30, 3, 1)).isEqualTo(30);
    }

    @Test
    void countsTheMostLoadingsUnderWayAtOnce() {
        List<Loading> busy = List.of(new Loading(0, 10), new Loading(5, 15), new Loading(8, 9));
        assertThat(DockQueue.busiest(busy, 0, 20)).isEqualTo(3);
        assertThat(DockQueue.busiest(busy, 9, 20)).isEqualTo(2);
        assertThat(DockQueue.busiest(busy, 15, 20)).isZero();
    }

    @Test
    void aDepotNeedsADock() {
        assertThatThrownBy(() -> DockQueue.settle(null, 0, 10, plan -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one dock");
    }
}
