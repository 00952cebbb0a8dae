package org.gongpei.planning.analysis;

/**
 * A township's villages' shares summed.
 *
 * @param code township code
 * @param name township name
 * @param villages villages with demand
 * @param parcels parcels delivered and collected
 * @param totalFen their cost shares
 */
public record TownshipCost(String code, String name, int villages, int parcels, long totalFen) {

    /** @return cost per parcel, fen; 0 without parcels */
    public double costPerParcelFen() {
        return parcels == 0 ? 0 : (double) totalFen / parcels;
    }
}
