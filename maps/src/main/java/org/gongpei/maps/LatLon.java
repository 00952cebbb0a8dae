package org.gongpei.maps;

/**
 * A WGS84 coordinate of a drawn route.
 *
 * @param latitude  degrees
 * @param longitude degrees
 */
public record LatLon(double latitude, double longitude) {
}
