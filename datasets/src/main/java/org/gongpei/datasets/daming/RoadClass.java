package org.gongpei.datasets.daming;

/**
 * Road classes of the synthetic network, with their OSM tags. Speeds follow DOMAIN.md ("county
 * roads 30–60 km/h, township roads 20–40 km/h, village roads ~20 km/h"); the wiggle (standard
 * deviation of the sideways bends, as a fraction of the link length) is an assumption tuned so that
 * road distance / straight distance lands around 1.2–1.5.
 */
enum RoadClass {
    /** County road (县道) between the county seat and township seats. */
    COUNTY("secondary", null, 60, 0.05),
    /** Township road (乡道) between neighbouring township seats. */
    TOWNSHIP("tertiary", null, 40, 0.06),
    /** Township road from a seat out to a village. */
    TOWNSHIP_TO_VILLAGE("unclassified", null, 30, 0.07),
    /** Village road (村道) between villages. */
    VILLAGE("residential", null, 20, 0.07),
    /** Concrete field road between neighbouring villages. */
    FIELD("track", "grade1", 20, 0.08);

    private final String highway;
    private final String trackType;
    private final int maxSpeedKmPerHour;
    private final double wiggle;

    RoadClass(String highway, String trackType, int maxSpeedKmPerHour, double wiggle) {
        this.highway = highway;
        this.trackType = trackType;
        this.maxSpeedKmPerHour = maxSpeedKmPerHour;
        this.wiggle = wiggle;
    }

    String highway() {
        return highway;
    }

    /** @return the OSM tracktype, or null when not a track */
    String trackType() {
        return trackType;
    }

    int maxSpeedKmPerHour() {
        return maxSpeedKmPerHour;
    }

    double wiggle() {
        return wiggle;
    }
}
