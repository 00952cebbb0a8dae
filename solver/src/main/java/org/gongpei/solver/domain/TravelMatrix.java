package org.gongpei.solver.domain;

/**
 * Travel distances and durations between locations for one speed profile, row-major
 * ({@code from * locationCount + to}), as built once by the maps module.
 *
 * @param locationCount number of locations; location indices are {@code 0..locationCount-1}
 * @param distanceMetres road distance in metres
 * @param durationSeconds driving time in seconds
 */
public record TravelMatrix(int locationCount, long[] distanceMetres, long[] durationSeconds) {

    public TravelMatrix {
        if (locationCount <= 0) {
            throw new IllegalArgumentException("A travel matrix needs at least one location.");
        }
        long cells = (long) locationCount * locationCount;
        if (distanceMetres.length != cells || durationSeconds.length != cells) {
            throw new IllegalArgumentException("A travel matrix of " + locationCount + " locations needs "
                    + cells + " distances and durations, got " + distanceMetres.length + " and "
                    + durationSeconds.length + ".");
        }
    }

    /** @return the distance in metres from one location index to another */
    public long distanceMetres(int from, int to) {
        return distanceMetres[from * locationCount + to];
    }

    /** @return the driving time in seconds from one location index to another */
    public long durationSeconds(int from, int to) {
        return durationSeconds[from * locationCount + to];
    }
}
