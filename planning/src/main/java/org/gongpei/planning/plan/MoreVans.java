package org.gongpei.planning.plan;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.gongpei.solver.daily.model.DailyPlan;

/**
 * Days compared at equal service: a day whose plan leaves parcels out is solved once more with {@value #FACTOR} ×
 * its delivery vans, and the plan that leaves fewer out is kept. The calendar's service days and the scenarios of
 * an analysis are solved so.
 */
public final class MoreVans {

    /** Delivery vans of the second solve, against the fleet of the first. */
    public static final double FACTOR = 1.5;

    private MoreVans() {
    }

    /**
     * @param fleet    the fleet sized for the day
     * @param solve    solves the day with a fleet
     * @param plan     the plan of a solve
     * @param mayRetry whether a second solve may start (not once the work was stopped)
     * @param again    told before the second solve
     * @return the first solve, or the second when it leaves fewer parcels out
     */
    public static <T> T solve(DailyFleet fleet, Function<DailyFleet, T> solve, Function<T, DailyPlan> plan,
            BooleanSupplier mayRetry, Runnable again) {
        T first = solve.apply(fleet);
        if (plan.apply(first).parcelsLeftOut() == 0 || !mayRetry.getAsBoolean()) {
            return first;
        }
        again.run();
        T second = solve.apply(fleet.withMoreDeliveryVans(FACTOR));
        return plan.apply(second).parcelsLeftOut() < plan.apply(first).parcelsLeftOut() ? second : first;
    }
}
