package org.gongpei.service.plan;

import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.roads.RoadVersion;

/**
 * What a solve job reads back from a stored plan.
 *
 * @param id the plan
 * @param countyCode its county
 * @param hubs the hubs it may use
 * @param timeLimitSeconds its time limit
 * @param demandJson the day's demand as stored ({@link org.gongpei.planning.plan.DayDemand} JSON)
 * @param roads the road network it is solved on; null for a plan stored before plans recorded it
 * @param fleetSettingsVersion the version of the county's fleet settings it is built with (0: the defaults)
 */
public record PlanInput(long id, String countyCode, HubChoice hubs, int timeLimitSeconds, String demandJson,
        RoadVersion roads, int fleetSettingsVersion) {
}
