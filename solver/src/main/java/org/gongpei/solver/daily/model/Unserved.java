package org.gongpei.solver.daily.model;

/**
 * Demand the plan leaves out, with the reason.
 *
 * @param villageCode the village
 * @param villageName its name
 * @param parcels parcels not delivered
 * @param pickupParcels parcels of farm products not collected
 * @param reason a sentence for a person
 */
public record Unserved(String villageCode, String villageName, int parcels, int pickupParcels, String reason) {
}
