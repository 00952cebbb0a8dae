package org.gongpei.solver.calendar;

/**
 * The parcels a depot's villages may receive on one day, e.g. a township hub's handling capacity.
 *
 * @param depotCode the depot's code, as in {@link VillageVisits#getDepotCode()}
 * @param parcelsPerDay parcels a day, at least 0
 */
public record DepotCapacity(String depotCode, int parcelsPerDay) {

    public DepotCapacity {
        if (depotCode == null || parcelsPerDay < 0) {
            throw new IllegalArgumentException("A depot capacity needs a depot code and parcels ≥ 0.");
        }
    }
}
