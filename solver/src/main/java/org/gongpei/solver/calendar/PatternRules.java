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
            return PatternChoice.unmet(daily, String.format(Locale.ROOT,
                    "the road time from the county centre, %.1f h, alone exceeds the target of %.0f h",
                    roadHoursSeconds / 3600.0, rules.targetSeconds() / 3600.0));
        }
        long dailyAge = worstAgeSeconds(daily, village);
        if (dailyAge > rules.targetSeconds()) {
            DayOfWeek worst = worstArrivalDay(daily, village);
            return PatternChoice.unmet(daily, String.format(Locale.ROOT,
                    "even with a visit on every service day, parcels arriving on %s wait %d day(s) and reach the "
                            + "village up to %.1f h after arriving at the centre, over the target of %.0f h",
                    worst, daily.waitDays(worst), dailyAge / 3600.0, rules.targetSeconds() / 3600.0));
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
