package org.gongpei.solver.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class PatternChooserTest {

    @Test
    void choosesThreeVisitsAWeekAndSpreadsThemOverTheDays() {
        ServiceWeek week = ServiceWeek.everyDay();
        PatternRules rules = new PatternRules(week, AgeRules.ofHours(72));
        List<VillageVisits> villages = new ArrayList<>();
        for (int v = 0; v < 14; v++) {
            VillageNeeds needs = VillageNeeds.daily("v" + v, "村" + v, 1800);
            villages.add(new VillageVisits(needs.code(), "H" + (v % 2), new int[] {5, 5, 5, 5, 5, 5, 5}, 1_000,
                    rules.choose(needs).allowed()));
        }
        List<CalendarDay> days = week.ordered().stream().map(day -> new CalendarDay(day, 1_000, 1_000, 0)).toList();
        CalendarSolution solved = new PatternChooser(Duration.ofSeconds(2)).solve(new CalendarSolution(days, villages));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getVillages()).allSatisfy(village -> assertThat(village.getPattern().visitsPerWeek()).isEqualTo(3));
        Map<DayOfWeek, Integer> visitsPerDay = new TreeMap<>();
        solved.getVillages().forEach(village -> village.getPattern().days()
                .forEach(day -> visitsPerDay.merge(day, 1, Integer::sum)));
        // 14 villages × 3 visits = 42 visits, 6 a day when even
        assertThat(visitsPerDay.values()).allSatisfy(visits -> assertThat(visits).isBetween(5, 7));
    }

    @Test
    void aTimeLimitThatEndsDuringConstructionStillGivesEveryVillageAPattern() {
        ServiceWeek week = ServiceWeek.everyDay();
        PatternRules rules = new PatternRules(week, AgeRules.ofHours(72));
        List<VillageVisits> villages = new ArrayList<>();
        for (int v = 0; v < 3_000; v++) {
            VillageNeeds needs = VillageNeeds.daily("v" + v, "村" + v, 1800);
            villages.add(new VillageVisits(needs.code(), "H" + (v % 5), new int[] {5, 5, 5, 5, 5, 5, 5}, 1_000,
                    rules.choose(needs).allowed()));
        }
        List<CalendarDay> days = week.ordered().stream().map(day -> new CalendarDay(day, 1_000, 1_000, 0)).toList();

        CalendarSolution solved = new PatternChooser(Duration.ofMillis(1)).solve(new CalendarSolution(days, villages));

        assertThat(solved.getVillages()).hasSize(3_000)
                .allSatisfy(village -> assertThat(village.getPattern()).isNotNull());
    }
}
