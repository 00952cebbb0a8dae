package org.gongpei.service.roads;

import java.util.Map;

/**
 * The stated assumptions of a plan made without a road network: distances are straight lines times the detour
 * factor, times are those distances at the assumed speed of each vehicle profile. Results built on it are
 * estimates and say so.
 *
 * @param detourFactor road distance over straight-line distance
 * @param speedKmh the assumed average speed of each vehicle profile, km/h
 */
public record RoadEstimate(double detourFactor, Map<String, Double> speedKmh) {

    /** @return the assumptions in one line, e.g. {@code straight line × 1.3; VAN 35 km/h, …} */
    public String describe() {
        StringBuilder text = new StringBuilder("straight line × " + detourFactor);
        speedKmh.forEach((profile, speed) -> text.append("; ").append(profile).append(' ').append(speed).append(" km/h"));
        return text.toString();
    }
}
