package org.gongpei.solver.daily.model;

/**
 * Farm products a village ships up to the county on the planned day.
 *
 * @param product product name
 * @param parcels number of parcels, ≥ 1
 * @param weightGrams total weight, grams
 * @param volumeCubicCentimetres total volume, cm³
 * @param chilled whether they must travel at 0–4 °C
 * @param readySeconds when they are ready for pickup, seconds since the day's origin
 * @param maxSecondsToColdStore longest time from pickup to a cold store, or
 *        {@link org.gongpei.solver.domain.Stop#NO_LIMIT} for goods without a limit
 */
public record FarmPickup(String product, int parcels, long weightGrams, long volumeCubicCentimetres, boolean chilled,
        long readySeconds, long maxSecondsToColdStore) {

    /** Product name prefix of the pickups that come from an urgent pickup reported while the day runs. */
    public static final String URGENT_PREFIX = "URGENT-";

    public FarmPickup {
        if (parcels <= 0 || weightGrams < 0 || volumeCubicCentimetres < 0) {
            throw new IllegalArgumentException("A pickup of " + product
                    + " needs at least one parcel and no negative weight or volume.");
        }
        if (maxSecondsToColdStore <= 0) {
            throw new IllegalArgumentException("A pickup of " + product + " needs a positive time to cold store.");
        }
    }

    /** @return whether the pickup comes from an urgent pickup reported while the day runs */
    public boolean fromUrgentPickup() {
        return product.startsWith(URGENT_PREFIX);
    }
}
