package org.gongpei.maps;

/**
 * Length and duration of one point-to-point route.
 *
 * @param distanceMetres road distance
 * @param timeSeconds    travel time of the vehicle profile
 */
public record RouteSummary(double distanceMetres, double timeSeconds) {
}
