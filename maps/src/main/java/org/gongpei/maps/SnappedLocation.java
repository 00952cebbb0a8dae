package org.gongpei.maps;

/**
 * A location moved onto the nearest road its vehicle profile may use.
 *
 * @param index              position of the location in the request
 * @param location           the location as given
 * @param snappedLatitude    latitude of the point on the road, degrees
 * @param snappedLongitude   longitude of the point on the road, degrees
 * @param snapDistanceMetres straight-line distance from the location to the road
 */
public record SnappedLocation(int index, Location location, double snappedLatitude, double snappedLongitude,
                              double snapDistanceMetres) {
}
