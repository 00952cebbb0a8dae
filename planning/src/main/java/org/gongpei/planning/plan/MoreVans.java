package org.gongpei.planning.plan;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.gongpei.solver.daily.model.DailyPlan;

/**
 * Days compared at equal service: a day whose plan leaves parcels out for want of vans ({@value #FOR_WANT_OF_VANS})
 * is solved again with {@value #FACTOR} × the delivery vans of the solve before, up to {@value #MAX_EXTRA_SOLVES}
 * times, while each solve leaves fewer out; the plan that leaves fewest out is kept. Parcels left out for other
 * reasons (a station that closes before any van can reach it, chilled goods that cannot reach cold storage in time)
 * are not helped by more vans and cause no extra solve. The calendar's service days and the scenarios of an analysis
 * are solved so.
 */
public final class MoreVans {

    /** Delivery vans of a further solve, against the fleet of the solve before. */
    public static final double FACTOR = 1.5;
    /** At most this many solves after the first. */
    public static final int MAX_EXTRA_SOLVES = 2;
    /** The reason code of parcels left out because the vans were full or out of working time. */
    public static final String FOR_WANT_OF_VANS = "FLEET_FULL";

    private MoreVans() {
    }

    /**
     * @param fleet    the fleet sized for the day
     * @param solve    solves the day with a fleet
     * @param plan     the plan of a solve
     * @param mayRetry whether a further solve may start (not once the work was stopped)
     * @param again    told before each further solve
     * @return the solve that leaves fewest parcels out, the earliest of equals
     */
    public static <T> T solve(DailyFleet fleet, Function<DailyFleet, T> solve, Function<T, DailyPlan> plan,
            BooleanSupplier mayRetry, Runnable again) {
        T best = solve.apply(fleet);
        DailyFleet larger = fleet;
        for (int extra = 0; extra < MAX_EXTRA_SOLVES && forWantOfVans(plan.apply(best)) && mayRetry.getAsBoolean();
                extra++) {
            again.run();
            larger = larger.withMoreDeliveryVans(FACTOR);
            T next = solve.apply(larger);
            if (plan.apply(next).parcelsLeftOut() >= plan.apply(best).parcelsLeftOut()) {
                break;
            }
            best = next;
        }
        return best;
    }

    /** @return whether the plan leaves parcels out because its vans were full or out of working time */
    public static boolean forWantOfVans(DailyPlan plan) {
        return plan.unserved().stream().flatMap(unserved -> unserved.reasons().stream())
                .anyMatch(reason -> FOR_WANT_OF_VANS.equals(reason.code()));
    }
}
