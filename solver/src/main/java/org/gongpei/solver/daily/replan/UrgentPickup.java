package org.gongpei.solver.daily.replan;

import java.util.ArrayList;
import java.util.List;

import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.domain.Stop;

/**
 * Farm products to collect at a village that were not in the day's demand, reported while the day runs.
 * They become {@link FarmPickup}s named {@code URGENT-n} (the n-th urgent pickup of the village), each served
 * by a stop of its own. Weight and volume are estimated per parcel ({@link #GRAMS_PER_PARCEL},
 * {@link #CUBIC_CENTIMETRES_PER_PARCEL}).
 *
 * @param villageCode the village
 * @param ambientParcels parcels that travel at ambient temperature, ≥ 0
 * @param chilledParcels parcels that travel chilled, ≥ 0 (at least one parcel in all)
 * @param readySeconds when the products are ready, seconds since the day's origin
 * @param deadlineSeconds latest arrival at the depot (a cold store for chilled products), or null for none
 * @param reportedAtSeconds when the pickup is reported (the re-planning's "now")
 */
public record UrgentPickup(String villageCode, int ambientParcels, int chilledParcels, long readySeconds,
        Long deadlineSeconds, long reportedAtSeconds) implements PlanChange {

    /** Product name prefix of the farm pickups an urgent pickup becomes. */
    public static final String PRODUCT_PREFIX = FarmPickup.URGENT_PREFIX;
    /** Assumed weight of one parcel of an urgent pickup (a 5 kg box). */
    public static final long GRAMS_PER_PARCEL = 5_000;
    /** Assumed volume of one parcel of an urgent pickup (a 15 l box). */
    public static final long CUBIC_CENTIMETRES_PER_PARCEL = 15_000;

    public UrgentPickup {
        if (villageCode == null || villageCode.isBlank()) {
            throw new IllegalArgumentException("An urgent pickup needs a village code.");
        }
        if (ambientParcels < 0 || chilledParcels < 0) {
            throw new IllegalArgumentException("An urgent pickup cannot have a negative number of parcels, got "
                    + ambientParcels + " ambient and " + chilledParcels + " chilled.");
        }
        if (ambientParcels + chilledParcels == 0) {
            throw new IllegalArgumentException("An urgent pickup needs at least one parcel.");
        }
        if (readySeconds < 0 || reportedAtSeconds < 0) {
            throw new IllegalArgumentException("Times of an urgent pickup cannot be negative.");
        }
        if (deadlineSeconds != null && deadlineSeconds <= readySeconds) {
            throw new IllegalArgumentException("The deadline " + Clock.format(deadlineSeconds)
                    + " of an urgent pickup must come after its ready time " + Clock.format(readySeconds) + ".");
        }
    }

    @Override
    public String describe() {
        return "Urgent pickup at village " + villageCode + ": " + ambientParcels + " ambient and " + chilledParcels
                + " chilled parcels ready at " + Clock.format(readySeconds)
                + (deadlineSeconds == null ? "" : ", due by " + Clock.format(deadlineSeconds)) + ".";
    }

    /** @return whether a farm pickup comes from an urgent pickup */
    public static boolean isUrgent(FarmPickup pickup) {
        return pickup.fromUrgentPickup();
    }

    /**
     * @param number the number of this urgent pickup at its village, from 1
     * @return the farm pickups it becomes, ambient first
     */
    List<FarmPickup> farmPickups(int number) {
        List<FarmPickup> pickups = new ArrayList<>();
        long limit = deadlineSeconds == null ? Stop.NO_LIMIT : deadlineSeconds - readySeconds;
        for (boolean chilled : new boolean[] {false, true}) {
            int parcels = chilled ? chilledParcels : ambientParcels;
            if (parcels > 0) {
                pickups.add(new FarmPickup(PRODUCT_PREFIX + number, parcels, parcels * GRAMS_PER_PARCEL,
                        parcels * CUBIC_CENTIMETRES_PER_PARCEL, chilled, readySeconds, limit));
            }
        }
        return pickups;
    }
}
