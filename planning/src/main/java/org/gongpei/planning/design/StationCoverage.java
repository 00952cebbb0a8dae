package org.gongpei.planning.design;

/**
 * The coverage figures of a station plan (today's or a proposed one), as the programme's evaluators count them.
 *
 * @param villages villages of the county
 * @param stations villages with a station
 * @param poorVillages registered poor villages
 * @param poorWithStation poor villages with a station
 * @param largeVillages villages at or above the population threshold
 * @param largeWithStation such villages with a station
 * @param townships townships with villages
 * @param townshipsWithStation townships with at least one station
 * @param villagesWithinReach villages with a station or a station of their township within reach
 */
public record StationCoverage(int villages, int stations, int poorVillages, int poorWithStation, int largeVillages,
        int largeWithStation, int townships, int townshipsWithStation, int villagesWithinReach) {

    /** @return share of villages with a station, 0 to 1; 0 for a county without villages */
    public double stationShare() {
        return villages == 0 ? 0 : (double) stations / villages;
    }

    /** @return share of poor villages with a station, 0 to 1; 1 when there are none */
    public double poorShare() {
        return poorVillages == 0 ? 1 : (double) poorWithStation / poorVillages;
    }

    /** @return share of villages at or above the threshold with a station, 0 to 1; 1 when there are none */
    public double largeShare() {
        return largeVillages == 0 ? 1 : (double) largeWithStation / largeVillages;
    }
}
