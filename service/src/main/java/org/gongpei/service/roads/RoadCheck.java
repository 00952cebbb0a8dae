package org.gongpei.service.roads;

import java.util.List;

/**
 * How a county's villages sit on its road network for one vehicle profile: which cannot be snapped
 * to a road or cannot be reached from the county centre, how far the stations are from their
 * roads, and which villages are farthest from the centre by road.
 *
 * @param countyCode the county
 * @param profile the vehicle profile checked, e.g. {@code VAN}
 * @param maxSnapMetres the snap limit used
 * @param villages villages checked
 * @param routable villages snapped and reachable from the centre and back
 * @param medianSnapMetres median distance from a routable village to its road
 * @param maxSnapMetresFound largest distance from a routable village to its road
 * @param problems villages that are not routable, each with the reason
 * @param farthest the routable villages farthest from the centre by travel time, farthest first
 */
public record RoadCheck(String countyCode, String profile, double maxSnapMetres, int villages, int routable,
        double medianSnapMetres, double maxSnapMetresFound, List<Problem> problems, List<Reach> farthest) {

    /** A village that is not routable. {@code reason} is TOO_FAR_FROM_ROAD or NOT_CONNECTED. */
    public record Problem(String villageCode, String villageName, String reason, String message) {
    }

    /** Road distance and time from the county centre to a village (out) and back. */
    public record Reach(String villageCode, String villageName, double outKilometres, double outMinutes,
            double backKilometres, double backMinutes) {
    }
}
