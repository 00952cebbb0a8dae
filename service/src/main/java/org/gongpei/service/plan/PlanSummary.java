package org.gongpei.service.plan;

/**
 * The figures of a solved plan that a list of plans shows.
 *
 * @param costFen total cost, fen (0.01 yuan)
 * @param distanceMetres distance driven by all vehicles
 * @param vehiclesUsed vehicles with at least one route
 * @param parcelsDelivered parcels delivered to villages
 * @param unservedVillages villages whose demand is (partly) left out
 * @param feasible whether the independent check found no broken rule
 */
public record PlanSummary(long costFen, long distanceMetres, int vehiclesUsed, int parcelsDelivered,
        int unservedVillages, boolean feasible) {
}
