package org.gongpei.datasets.bayreuth;

/**
 * A named {@code place=*} node of an OSM file.
 *
 * @param id OSM node id
 * @param name its {@code name}
 * @param place its {@code place} value (town, village, hamlet)
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param population its {@code population} tag, or null when absent or not a number
 */
record OsmPlace(long id, String name, String place, double lat, double lon, Integer population) {

    /** @return 3 for a town, 2 for a village, 1 for a hamlet */
    int rank() {
        return switch (place) {
            case "town" -> 3;
            case "village" -> 2;
            default -> 1;
        };
    }
}
