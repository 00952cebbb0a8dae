package org.gongpei.solver.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.DailyPlan;
import org.gongpei.solver.daily.model.Echelon;
import org.gongpei.solver.daily.model.Load;
import org.gongpei.solver.daily.model.PlanTotals;
import org.gongpei.solver.daily.model.PlannedRoute;
import org.gongpei.solver.daily.model.PlannedStop;
import org.junit.jupiter.api.Test;

class CalendarCheckerTest {

    private static final long HOUR = 3600;

    private static DailyPlan day(String village, long serviceStartSeconds) {
        PlannedStop stop = new PlannedStop(village, village, PlannedStop.StopKind.VILLAGE_DELIVERY,
                serviceStartSeconds - 300, serviceStartSeconds, serviceStartSeconds + 200, Map.of("ZTO", 4), 0,
                List.of(), new Load(0, 0, 0, 0));
        PlannedRoute route = new PlannedRoute("van-1", "VAN", "van", Echelon.LAST_MILE, "H1", "hub",
                8 * HOUR, 12 * HOUR, 40_000, 20_000, List.of(stop));
        return new DailyPlan("day", List.of(route), List.of(), List.of(), PlanTotals.of(List.of(route)), List.of());
    }

    @Test
    void mondayAndThursdayRoutesGiveFridaysParcelsAThreeDayWait() {
        Map<DayOfWeek, DailyPlan> plans = new EnumMap<>(DayOfWeek.class);
        plans.put(MONDAY, day("v1", 10 * HOUR));
        plans.put(THURSDAY, day("v1", 14 * HOUR));
        Map<String, int[]> parcels = new LinkedHashMap<>();
        parcels.put("v1", new int[] {1, 1, 1, 1, 1, 1, 1});
        parcels.put("v2", new int[] {0, 3, 0, 0, 0, 0, 0});

        List<VillageAge> ages = new CalendarChecker(AgeRules.ofHours(72)).ages(parcels, plans);

        VillageAge v1 = ages.get(0);
        // Friday's parcel reaches v1 on Monday at 10:00: 3 days + 4 h = 76 h
        assertThat(v1.worstAgeSeconds()).isEqualTo(76 * HOUR);
        assertThat(v1.within(72 * HOUR)).isFalse();
        // Mon 4 h, Tue 56, Wed 32, Thu 8, Fri 76, Sat 52, Sun 28 → 256 / 7 h
        assertThat(v1.averageAgeSeconds()).isEqualTo(256.0 * HOUR / 7);
        VillageAge v2 = ages.get(1);
        assertThat(v2.undeliveredParcels()).isEqualTo(3);
        assertThat(v2.within(72 * HOUR)).isFalse();
    }

    @Test
    void aVillageVisitedEveryOtherDayMeetsSeventyTwoHours() {
        Map<DayOfWeek, DailyPlan> plans = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek visit : VisitPattern.of(MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).days()) {
            plans.put(visit, day("v1", 18 * HOUR));
        }
        List<VillageAge> ages = new CalendarChecker(AgeRules.ofHours(72))
                .ages(Map.of("v1", new int[] {2, 2, 2, 2, 2, 2, 2}), plans);
        // Saturday's parcels wait for Monday 18:00: 2 days + 12 h = 60 h
        assertThat(ages.getFirst().worstAgeSeconds()).isEqualTo(60 * HOUR);
        assertThat(ages.getFirst().within(72 * HOUR)).isTrue();
    }
}
