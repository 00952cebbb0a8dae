package org.gongpei.solver.daily.replan;

/**
 * A change to a day being carried out, reported at a time of day; see {@link Replanner}.
 */
public sealed interface PlanChange permits VehicleBreakdown, UrgentPickup {

    /** @return when the change is reported, seconds since the day's origin: the "now" of the re-planning */
    long reportedAtSeconds();

    /** @return a sentence for a person, e.g. "Vehicle HVAN-H1-2 broke down at 11:30." */
    String describe();
}
