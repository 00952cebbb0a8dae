package org.gongpei.planning.network;

/**
 * The county joint-distribution centre (县域共配中心).
 *
 * @param name display name
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 */
public record CentreData(String name, double lat, double lon) {
}
