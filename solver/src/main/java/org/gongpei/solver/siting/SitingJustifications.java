package org.gongpei.solver.siting;

import java.util.Locale;

import org.gongpei.solver.solver.RouteJustifications.Described;

/**
 * One justification record per constraint of {@link SitingConstraintProvider}, each able to explain itself in a
 * sentence. They share {@link Described} with the other models' constraints, so a caller can show any of them.
 */
public final class SitingJustifications {

    private SitingJustifications() {
    }

    public record StationShare(int villages, int stations, int required, double share) implements Described {
        public String description() {
            return String.format(Locale.ROOT, "%,d of %,d villages have a station; %.0f %% asks %,d, %,d short.",
                    stations, villages, share * 100, required, required - stations);
        }
    }

    public record PoorVillageWithoutStation(String village) implements Described {
        public String description() {
            return "Poor village " + village + " has no station; every registered poor village needs one.";
        }
    }

    public record LargeVillageWithoutStation(String village, int population, int threshold) implements Described {
        public String description() {
            return String.format(Locale.ROOT, "Village %s has %,d residents but no station; every village of %,d or "
                    + "more needs one.", village, population, threshold);
        }
    }

    public record TownshipWithoutStation(String township) implements Described {
        public String description() {
            return "Township " + township + " has no station; every township needs at least one.";
        }
    }

    public record VillageOutOfReach(String village, String reach) implements Described {
        public String description() {
            return "Village " + village + " has no station and none of its township within " + reach + " by road.";
        }
    }

    public record ConstructionCost(String village, StationChoice choice, long costFen) implements Described {
        public String description() {
            return (choice == StationChoice.NEW ? "Building a new station in " : "Upgrading a building into a station in ")
                    + village + " costs " + yuan(costFen) + ".";
        }
    }

    public record DeliveryCost(String village, long costFen) implements Described {
        public String description() {
            return "Delivering to the station of " + village + " costs " + yuan(costFen) + " over the horizon.";
        }
    }

    /** @return fen as yuan with two decimals, e.g. "1,234.50 yuan" */
    static String yuan(long fen) {
        return String.format(Locale.ROOT, "%,d.%02d yuan", fen / 100, fen % 100);
    }
}
