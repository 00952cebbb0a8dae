package org.gongpei.maps;

/**
 * A place to be served or visited: county centre, township hub or village station.
 *
 * @param label     human-readable name used in error messages (e.g. the village name)
 * @param latitude  WGS84 latitude in degrees
 * @param longitude WGS84 longitude in degrees
 */
public record Location(String label, double latitude, double longitude) {

    public Location {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A location needs a label, e.g. the village name");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Latitude of '" + label + "' must be between -90 and 90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Longitude of '" + label + "' must be between -180 and 180 degrees, was " + longitude);
        }
    }
}
