package org.gongpei.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.UnservedReason;
import org.junit.jupiter.api.Test;

/** Only parcels left out because the vans were full or out of time call for more vans. */
class MoreVansTest {

    private static DailyPlan leavingOut(String code) {
        return new DailyPlan("day", List.of(), List.of(), List.of(Unserved.of("V1", "一村", 12, 0,
                List.of(UnservedReason.of(code, "why")))), PlanTotals.of(List.of()), List.of());
    }

    @Test
    void vansFullOrOutOfTimeCallForMoreVans() {
        assertThat(MoreVans.forWantOfVans(leavingOut("FLEET_FULL"))).isTrue();
    }

    @Test
    void parcelsThatNoVanCanReachInTimeDoNot() {
        assertThat(MoreVans.forWantOfVans(leavingOut("COLD_STORE_UNREACHABLE"))).isFalse();
        assertThat(MoreVans.forWantOfVans(leavingOut("READY_AFTER_CLOSING"))).isFalse();
        assertThat(MoreVans.forWantOfVans(new DailyPlan("day", List.of(), List.of(), List.of(),
                PlanTotals.of(List.of()), List.of()))).isFalse();
    }
}
