package org.gongpei.service.plan;

import java.time.LocalDate;

import org.gongpei.planning.plan.HubChoice;

/**
 * A request to plan one day of a county with generated demand.
 *
 * @param date the day to plan, required
 * @param timeLimitSeconds the solve's wall-clock limit, 1–600; default {@value PlanRequests#DEFAULT_TIME_LIMIT_SECONDS}
 * @param hubs which hubs may be used; default {@link HubChoice#DESIGNATED}
 * @param demandSeed the demand generator's seed; default 1
 */
public record PlanRequest(LocalDate date, Integer timeLimitSeconds, HubChoice hubs, Long demandSeed) {
}
