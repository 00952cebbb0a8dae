package org.gongpei.solver.hub;

import java.util.Locale;

/**
 * A depot that can serve villages: the county centre (direct service) or a township hub. Problem fact.
 *
 * @param index position of the depot in {@link HubAssignmentPlan#getDepots()}, also its column in
 *        {@link VillageAssignment#getCostByDepot()}
 * @param code unique code
 * @param name display name
 * @param centre whether this is the county centre, which serves villages directly
 * @param coldStorage whether chilled farm products may wait here
 * @param capacityParcels parcels (down and up) it can handle on the day; {@link #UNLIMITED} for no limit
 * @param openingCost cost in fen of using the depot on the day (staff, rent share, trunk run); 0 for the centre
 */
public record Depot(int index, String code, String name, boolean centre, boolean coldStorage, int capacityParcels,
        long openingCost) {

    /** Value of {@link #capacityParcels()} for a depot without a capacity limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Depot {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A depot needs a code.");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Depot " + code + " needs a name.");
        }
        if (index < 0) {
            throw new IllegalArgumentException("Depot " + code + " has a negative index " + index + ".");
        }
        if (capacityParcels < 0) {
            throw new IllegalArgumentException("Depot " + code + " has a negative capacity of " + capacityParcels
                    + " parcels.");
        }
        if (openingCost < 0) {
            throw new IllegalArgumentException("Depot " + code + " has a negative opening cost of " + openingCost
                    + " fen.");
        }
        if (centre && openingCost != 0) {
            throw new IllegalArgumentException("The county centre " + code + " runs every day, so its opening cost "
                    + "must be 0, got " + openingCost + " fen.");
        }
    }

    /** @return "County centre NAME" or "Hub NAME", for sentences */
    public String label() {
        return (centre ? "County centre " : "Hub ") + name;
    }

    /** @return the capacity as a sentence fragment: "8,000 parcels" or "no capacity limit" */
    String capacityText() {
        return capacityParcels == UNLIMITED ? "no capacity limit"
                : String.format(Locale.ROOT, "%,d parcels", capacityParcels);
    }
}
