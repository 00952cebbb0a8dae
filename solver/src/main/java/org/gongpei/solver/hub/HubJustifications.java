package org.gongpei.solver.hub;

import java.util.Locale;

import org.gongpei.solver.solver.RouteJustifications.Described;

/**
 * One justification record per constraint of {@link HubAssignmentConstraintProvider}, each able to explain
 * itself in a sentence. They share {@link Described} with the route constraints, so a caller can show either.
 */
public final class HubJustifications {

    private HubJustifications() {
    }

    public record DepotCapacity(Depot depot, long parcels) implements Described {
        public String description() {
            return String.format(Locale.ROOT, "%s takes %,d parcels, %,d over its capacity of %,d.", depot.label(),
                    parcels, parcels - depot.capacityParcels(), depot.capacityParcels());
        }
    }

    public record ColdStorage(String villageName, Depot depot) implements Described {
        public String description() {
            return "Village " + villageName + " ships chilled farm products, but " + depot.label()
                    + " has no cold storage.";
        }
    }

    public record ServingCost(String villageName, Depot depot, long costFen) implements Described {
        public String description() {
            return "Serving village " + villageName + " from " + depot.label() + " costs " + yuan(costFen) + ".";
        }
    }

    public record DepotOpeningCost(Depot depot, long villages) implements Described {
        public String description() {
            return String.format(Locale.ROOT, "%s serves %,d %s today, which costs %s to open.", depot.label(),
                    villages, villages == 1 ? "village" : "villages", yuan(depot.openingCost()));
        }
    }

    /** @return fen as yuan with two decimals, e.g. "1,234.50 yuan" */
    static String yuan(long fen) {
        return String.format(Locale.ROOT, "%,d.%02d yuan", fen / 100, fen % 100);
    }
}
