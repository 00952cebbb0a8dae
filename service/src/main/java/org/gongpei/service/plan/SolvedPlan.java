package org.gongpei.service.plan;

import java.util.Map;

import org.gongpei.service.roads.RoadVersion;
import org.gongpei.solver.daily.model.DailyPlan;

/**
 * A done plan read back for drawing and printing.
 *
 * @param id the plan
 * @param countyCode its county
 * @param plan the result
 * @param vehicleProfiles the road profile of each vehicle type code of the plan's fleet
 * @param roads the road network it was solved on; null for a plan stored before plans recorded it
 */
public record SolvedPlan(long id, String countyCode, DailyPlan plan, Map<String, String> vehicleProfiles,
        RoadVersion roads) {
}
