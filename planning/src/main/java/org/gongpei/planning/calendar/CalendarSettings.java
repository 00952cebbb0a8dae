package org.gongpei.planning.calendar;

import java.time.Duration;

import org.gongpei.planning.fleet.FleetSettings;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.solver.calendar.AgeRules;
import org.gongpei.solver.calendar.ServiceWeek;

/**
 * How a weekly calendar is planned.
 *
 * @param week the service days
 * @param rules the delivery-time target and the times ages are measured with
 * @param everyVillageDaily true to visit every village on every service day instead of choosing patterns
 *        (the reference the target's cost is measured against)
 * @param dayTimeLimit the daily planner's time limit per service day
 * @param patternTimeLimit the time limit of the choice of visit patterns
 * @param hubs which hubs the days may use
 * @param fleet the county's vehicle classes and costs (each day's fleet sized to that day)
 */
public record CalendarSettings(ServiceWeek week, AgeRules rules, boolean everyVillageDaily, Duration dayTimeLimit,
        Duration patternTimeLimit, HubChoice hubs, FleetSettings fleet) {

    /** Settings with the demo county's fleet, {@link FleetSettings#defaults()}. */
    public CalendarSettings(ServiceWeek week, AgeRules rules, boolean everyVillageDaily, Duration dayTimeLimit,
            Duration patternTimeLimit, HubChoice hubs) {
        this(week, rules, everyVillageDaily, dayTimeLimit, patternTimeLimit, hubs, FleetSettings.defaults());
    }

    public CalendarSettings {
        if (dayTimeLimit.isNegative() || dayTimeLimit.isZero() || patternTimeLimit.isNegative()
                || patternTimeLimit.isZero()) {
            throw new IllegalArgumentException("Time limits must be positive.");
        }
    }

    /** @return the same settings, every village visited on every service day */
    public CalendarSettings daily() {
        return new CalendarSettings(week, rules, true, dayTimeLimit, patternTimeLimit, hubs, fleet);
    }

    /** @return the same settings with another target */
    public CalendarSettings withTargetHours(long hours) {
        return new CalendarSettings(week, new AgeRules(hours * 3600, rules.centreArrivalSeconds(),
                rules.latestVillageArrivalSeconds()), everyVillageDaily, dayTimeLimit, patternTimeLimit, hubs, fleet);
    }

    /** @return the same settings with a county's fleet */
    public CalendarSettings withFleet(FleetSettings fleet) {
        return new CalendarSettings(week, rules, everyVillageDaily, dayTimeLimit, patternTimeLimit, hubs, fleet);
    }
}
