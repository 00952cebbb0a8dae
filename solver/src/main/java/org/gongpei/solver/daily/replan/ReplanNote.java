package org.gongpei.solver.daily.replan;

import java.util.List;

import org.gongpei.solver.daily.model.Clock;

/**
 * What a re-planning did, as a code with its arguments for a reader's language and as an English sentence.
 *
 * @param code {@code BREAKDOWN_REPLANNED} (arguments: vehicle, time, stops served, stops planned, depot),
 *        {@code URGENT_INSERTED} (village, ambient parcels, chilled parcels, ready time, depot),
 *        {@code TRUNK_UP_KEPT} (none) or {@code TRUNK_UP_REPLANNED} (none)
 * @param arguments the values the code's text names, in that order
 * @param text the same in English
 */
public record ReplanNote(String code, List<String> arguments, String text) {

    public ReplanNote {
        arguments = List.copyOf(arguments);
    }

    static ReplanNote breakdownReplanned(VehicleBreakdown breakdown, int served, int planned, String depot) {
        return new ReplanNote("BREAKDOWN_REPLANNED", List.of(breakdown.vehicleId(), Clock.format(breakdown.reportedAtSeconds()),
                String.valueOf(served), String.valueOf(planned), depot), breakdown.describe() + " It served " + served
                + " of its " + planned + " stops; the others were re-planned from " + depot + ".");
    }

    static ReplanNote urgentInserted(UrgentPickup urgent, String depot) {
        return new ReplanNote("URGENT_INSERTED", List.of(urgent.villageCode(), String.valueOf(urgent.ambientParcels()),
                String.valueOf(urgent.chilledParcels()), Clock.format(urgent.readySeconds()), depot),
                urgent.describe() + " Inserted into the routes from " + depot + ".");
    }

    static final ReplanNote TRUNK_UP_KEPT = new ReplanNote("TRUNK_UP_KEPT", List.of(), "A trunk-up truck had already"
            + " left for or collected at a hub whose collection changed; the trunk up was kept as planned.");

    static final ReplanNote TRUNK_UP_REPLANNED = new ReplanNote("TRUNK_UP_REPLANNED", List.of(),
            "The trunk up was re-planned for the farm products the vans now bring back to the hubs.");
}
