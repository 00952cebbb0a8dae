package org.gongpei.service.plan;

import org.gongpei.planning.plan.HubChoice;

/**
 * What a solve job reads back from a stored plan.
 *
 * @param id the plan
 * @param countyCode its county
 * @param hubs the hubs it may use
 * @param timeLimitSeconds its time limit
 * @param demandJson the day's demand as stored ({@link org.gongpei.planning.plan.DayDemand} JSON)
 */
public record PlanInput(long id, String countyCode, HubChoice hubs, int timeLimitSeconds, String demandJson) {
}
