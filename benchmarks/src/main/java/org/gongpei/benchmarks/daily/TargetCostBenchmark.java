package org.gongpei.benchmarks.daily;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gongpei.datasets.DemoCounties;
import org.gongpei.planning.calendar.CalendarPlanner;
import org.gongpei.planning.calendar.CalendarSettings;
import org.gongpei.planning.calendar.WeekCalendar;
import org.gongpei.planning.calendar.WeekDemand;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.planning.plan.MatrixSource;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.solver.calendar.AgeRules;
import org.gongpei.solver.calendar.ServiceWeek;

/**
 * On demand, not in the test run: the cost of the delivery-time target. Plans the same demo week (generated,
 * seed 1, week of 2025-06-16) for targets of 24, 48 and 72 h and for every village daily, and prints a table.
 * Arguments: {@code --county daming|bayreuth} (default daming), {@code --day-limit S} (daily planner seconds
 * per service day, default 10), {@code --no-sunday}.
 */
public final class TargetCostBenchmark {

    private TargetCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String name = "daming";
        int dayLimit = 10;
        ServiceWeek week = ServiceWeek.everyDay();
        List<String> plans = List.of("daily", "24", "48", "72");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--county" -> name = args[++i];
                case "--day-limit" -> dayLimit = Integer.parseInt(args[++i]);
                case "--no-sunday" -> week = ServiceWeek.noSunday();
                case "--plans" -> plans = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        CountyNetworkData county = name.equals("bayreuth") ? DemoCounties.bayreuth() : DemoCounties.daming();
        String roadsResource = name.equals("bayreuth") ? DemoCounties.BAYREUTH_ROADS : DemoCounties.DAMING_ROADS;
        HubChoice hubs = name.equals("bayreuth") ? HubChoice.ALL : HubChoice.DESIGNATED;
        WeekDemand demand = WeekDemand.generated(county, LocalDate.of(2025, 6, 16), 1);
        Path work = Files.createTempDirectory("gongpei-target-cost");
        CalendarSettings base = new CalendarSettings(week, AgeRules.ofHours(72), false, Duration.ofSeconds(dayLimit),
                Duration.ofSeconds(10), hubs);
        List<String> rows = new ArrayList<>();
        try (RoadNetwork roads = RoadNetwork.open(TargetCostBenchmark.class.getResource(roadsResource),
                work.resolve("graphs"))) {
            MatrixSource matrices = MatrixSource.roads(roads, work.resolve("matrices"));
            for (String plan : plans) {
                CalendarSettings settings = plan.equals("daily") ? base.daily() : base.withTargetHours(Integer.parseInt(plan));
                long start = System.nanoTime();
                WeekCalendar calendar = new CalendarPlanner().plan(county, demand, settings, matrices, null);
                rows.add(row(settings, calendar, (System.nanoTime() - start) / 1e9));
                calendar.days().forEach((day, dayPlan) -> dayPlan.unserved().forEach(unserved ->
                        System.err.println(day + " left out " + unserved)));
                System.err.println(rows.getLast() + " " + calendar.patternScore() + " " + calendar.villages().stream().collect(Collectors.groupingBy(v -> v.pattern().toString(), Collectors.counting())));
            }
        }
        System.out.println("| plan | wall s | visits/week | weekly cost yuan | yuan/parcel | vehicle-days | km | villages visited per day (" 
                + week.ordered().stream().map(day -> day.name().substring(0, 3)).collect(Collectors.joining(" ")) 
                + ") | villages late | worst age h | unmet |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String row(CalendarSettings settings, WeekCalendar calendar, double wall) {
        long target = settings.rules().targetSeconds();
        String plan = settings.everyVillageDaily() ? "every village daily" : (target / 3600) + " h";
        int visits = calendar.villages().stream().mapToInt(village -> village.pattern().visitsPerWeek()).sum();
        long worst = calendar.villages().stream().mapToLong(village -> village.checkedWorstAgeSeconds()).max().orElse(0);
        long unmet = calendar.villages().stream().filter(village -> village.unmetReason() != null).count();
        String perDay = settings.week().ordered().stream()
                .map(day -> String.valueOf(calendar.totals().villagesVisitedByDay().getOrDefault(day, 0)))
                .collect(Collectors.joining(" "));
        long late = settings.everyVillageDaily() ? calendar.villages().stream()
                .filter(village -> !village.within(72 * 3600)).count() : calendar.late().size();
        return String.format(Locale.ROOT, "| %s | %.0f | %d | %.0f | %.3f | %d | %.0f | %s | %d | %.1f | %d |", plan, wall,
                visits, calendar.totals().costFen() / 100.0, calendar.totals().costPerParcelYuan(),
                calendar.totals().vehicleDays(), calendar.totals().distanceMetres() / 1000.0, perDay, late,
                worst / 3600.0, unmet);
    }
}
