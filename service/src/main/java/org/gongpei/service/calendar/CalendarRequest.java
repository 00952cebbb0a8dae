package org.gongpei.service.calendar;

import java.time.LocalDate;
import java.util.List;

import org.gongpei.planning.plan.HubChoice;

/**
 * A request for a weekly calendar or a target-cost comparison; every field is optional.
 *
 * @param targetHours the delivery-time target, 1–168 h (default 72; ignored by the comparison)
 * @param serviceDays service days such as "MON" (default all seven)
 * @param dayTimeLimitSeconds the daily planner's limit per service day, 1–600 s (default 10)
 * @param weekStart the Monday of the demand week (default 2025-06-16)
 * @param demandSeed the demand generator's seed (default 1)
 * @param hubs the hubs the days may use (default DESIGNATED)
 */
public record CalendarRequest(Integer targetHours, List<String> serviceDays, Integer dayTimeLimitSeconds,
        LocalDate weekStart, Long demandSeed, HubChoice hubs) {
}
