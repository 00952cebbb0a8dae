package org.gongpei.solver.calendar;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * Which visit patterns a village may have: every parcel's planned age within the target (estimated with
 * {@link AgeRules#inDayEstimateSeconds}), and chilled farm products collected within their time to cold
 * storage: products ready on a service day wait whole days for the next visit, so a limit under 24 h needs a
 * visit on every day the village ships them.
 */
public final class PatternRules {

    private final ServiceWeek week;
    private final AgeRules rules;

    /**
     * @param week the service days
     * @param rules the target and times
     */
    public PatternRules(ServiceWeek week, AgeRules rules) {
        this.week = week;
        this.rules = rules;
    }

    /**
     * @param village the village
     * @return its allowed patterns, fewest visits first, or, when none meets the target, the daily pattern
     *         and the reason
     */
    public PatternChoice choose(VillageNeeds village) {
        VisitPattern daily = VisitPattern.daily(week);
        long roadHoursSeconds = village.roadSecondsFromCentre();
        if (roadHoursSeconds > rules.targetSeconds()) {
            String road = String.format(Locale.ROOT, "%.1f", roadHoursSeconds / 3600.0);
            String target = String.format(Locale.ROOT, "%.0f", rules.targetSeconds() / 3600.0);
            return PatternChoice.unmet(daily, new UnmetTarget("ROAD_TIME_OVER_TARGET", List.of(road, target),
                    "the road time from the county centre, " + road + " h, alone exceeds the target of " + target
                            + " h"));
        }
        long dailyAge = worstAgeSeconds(daily, village);
        if (dailyAge > rules.targetSeconds()) {
            DayOfWeek worst = worstArrivalDay(daily, village);
            String wait = Integer.toString(daily.waitDays(worst));
            String age = String.format(Locale.ROOT, "%.1f", dailyAge / 3600.0);
            String target = String.format(Locale.ROOT, "%.0f", rules.targetSeconds() / 3600.0);
            return PatternChoice.unmet(daily, new UnmetTarget("DAILY_VISITS_OVER_TARGET",
                    List.of(worst.name(), wait, age, target), "even with a visit on every service day, parcels arriving"
                            + " on " + worst + " wait " + wait + " day(s) and reach the village up to " + age
                            + " h after arriving at the centre, over the target of " + target + " h"));
        }
        List<VisitPattern> allowed = VisitPattern.allWithin(week).stream()
                .filter(pattern -> worstAgeSeconds(pattern, village) <= rules.targetSeconds())
                .filter(pattern -> chilledInTime(pattern, village))
                .toList();
        return PatternChoice.met(allowed);
    }

    /** @return the worst estimated planned age of the village's parcels under the pattern */
    public long worstAgeSeconds(VisitPattern pattern, VillageNeeds village) {
        if (village.arrivalDays().isEmpty()) {
            return 0;
        }
        return rules.ageSeconds(pattern.worstWaitDays(village.arrivalDays()),
                rules.centreArrivalSeconds() + rules.inDayEstimateSeconds(village.roadSecondsFromCentre()));
    }

    /** @return whether chilled products shipped on any service day are collected within their limit */
    public boolean chilledInTime(VisitPattern pattern, VillageNeeds village) {
        long allowedWaitDays = village.chilledMaxSeconds() / AgeRules.DAY_SECONDS;
        for (DayOfWeek day : village.chilledShipDays()) {
            if (week.serves(day) && pattern.waitDays(day) > allowedWaitDays) {
                return false;
            }
        }
        return true;
    }

    private static DayOfWeek worstArrivalDay(VisitPattern pattern, VillageNeeds village) {
        DayOfWeek worst = null;
        for (DayOfWeek day : village.arrivalDays()) {
            if (worst == null || pattern.waitDays(day) > pattern.waitDays(worst)) {
                worst = day;
            }
        }
        return worst;
    }
}
