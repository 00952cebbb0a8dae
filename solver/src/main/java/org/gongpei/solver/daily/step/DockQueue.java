package org.gongpei.solver.daily.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/**
 * The loading docks of one depot through a day: at most so many vans load at once. A van's first load takes the
 * reload's fixed time just before it leaves (the first loads are staggered in waves when the vans are added);
 * a reload takes its time just before the van leaves on the next trip. Reloads are served first come, first
 * served: a van back at the depot when every dock is busy waits for the first dock free long enough, and that
 * wait becomes the vehicle's {@link Vehicle#reloadNotBeforeSeconds(int) earliest reload}, which moves the rest of
 * its day. Waits already set are kept as lower bounds, so settling a plan again after a search only adds waits.
 */
public final class DockQueue {

    private DockQueue() {
    }

    /** A dock busy from {@code startSeconds} until {@code endSeconds}. */
    public record Loading(long startSeconds, long endSeconds) {
    }

    /**
     * Sets the waits that keep the depot's loadings within its docks.
     *
     * @param plan a solved leg whose vehicles all load at this depot
     * @param docks vans loading at once, at least 1
     * @param firstLoadSeconds how long a first load takes
     * @param update recomputes the plan's times after a wait is set
     * @return whether a wait was set or lengthened
     */
    public static boolean settle(RoutePlan plan, int docks, long firstLoadSeconds, Consumer<RoutePlan> update) {
        if (docks < 1) {
            throw new IllegalArgumentException("A depot needs at least one dock, got " + docks + ".");
        }
        update.accept(plan);
        List<Loading> accepted = new ArrayList<>();
        List<Vehicle> vehicles = plan.getVehicles().stream().filter(v -> !v.getStops().isEmpty()).toList();
        for (Vehicle vehicle : vehicles) {
            accepted.add(new Loading(vehicle.getShiftStartSeconds() - firstLoadSeconds, vehicle.getShiftStartSeconds()));
        }
        int[] nextTrip = new int[vehicles.size()];
        Arrays.fill(nextTrip, 2);
        boolean waited = false;
        while (true) {
            int first = -1;
            Loading request = null;
            for (int v = 0; v < vehicles.size(); v++) {
                Loading reload = reload(vehicles.get(v), nextTrip[v]);
                if (reload != null && (request == null || reload.startSeconds() < request.startSeconds())) {
                    first = v;
                    request = reload;
                }
            }
            if (request == null) {
                return waited;
            }
            long duration = request.endSeconds() - request.startSeconds();
            long start = earliestFree(accepted, request.startSeconds(), duration, docks);
            if (start > request.startSeconds()) {
                Vehicle vehicle = vehicles.get(first);
                vehicle.withReloadsNotBefore(withWait(vehicle.getReloadsNotBefore(), nextTrip[first], start));
                update.accept(plan);
                waited = true;
            }
            accepted.add(new Loading(start, start + duration));
            nextTrip[first]++;
        }
    }

    /**
     * Staggers the first loads of a depot's vans: each van, in order, leaves once loaded at the first dock free
     * for {@code loadSeconds} from its earliest departure on.
     *
     * @param earliestSeconds each van's earliest departure, in loading order
     * @param docks vans loading at once; 0 for no limit
     * @return each van's departure
     */
    public static long[] firstDepartures(long[] earliestSeconds, long loadSeconds, int docks) {
        return firstDepartures(earliestSeconds, loadSeconds, docks, List.of());
    }

    /**
     * As {@link #firstDepartures(long[], long, int)}, around loadings already planned (vans that keep their routes
     * when a day is planned again).
     *
     * @param busy the docks' loadings already planned
     */
    public static long[] firstDepartures(long[] earliestSeconds, long loadSeconds, int docks, List<Loading> busy) {
        if (docks == 0) {
            return earliestSeconds.clone();
        }
        List<Loading> accepted = new ArrayList<>(busy);
        long[] departures = new long[earliestSeconds.length];
        for (int v = 0; v < earliestSeconds.length; v++) {
            long start = earliestFree(accepted, earliestSeconds[v] - loadSeconds, loadSeconds, docks);
            accepted.add(new Loading(start, start + loadSeconds));
            departures[v] = start + loadSeconds;
        }
        return departures;
    }

    /** @return the dock time the reload before this trip takes as the plan stands, null if there is no such trip */
    static Loading reload(Vehicle vehicle, int trip) {
        for (Stop stop : vehicle.getStops()) {
            if (stop.getTrip() == trip && stop.startsReloadedTrip()) {
                long duration = vehicle.getReloads().seconds(stop.getPreviousStop().getLoadProfile().pickedUpParcels());
                long departure = stop.getSchedule().tripDepartureSeconds();
                return new Loading(departure - duration, departure);
            }
        }
        return null;
    }

    /** @return the earliest start from {@code from} at which a loading of this length finds a dock free throughout */
    static long earliestFree(List<Loading> accepted, long from, long duration, int docks) {
        List<Long> candidates = new ArrayList<>();
        candidates.add(from);
        for (Loading loading : accepted) {
            if (loading.endSeconds() > from) {
                candidates.add(loading.endSeconds());
            }
        }
        candidates.sort(null);
        for (long start : candidates) {
            if (busiest(accepted, start, start + duration) < docks) {
                return start;
            }
        }
        throw new IllegalStateException("Every dock is free after the last loading.");
    }

    /** @return the most loadings under way at once between {@code from} and {@code to} */
    static int busiest(List<Loading> loadings, long from, long to) {
        int most = 0;
        for (Loading at : loadings) {
            long instant = Math.max(from, at.startSeconds());
            if (instant >= to || at.endSeconds() <= instant) {
                continue;
            }
            most = Math.max(most, under(loadings, instant));
        }
        return most;
    }

    private static int under(List<Loading> loadings, long instant) {
        int count = 0;
        for (Loading loading : loadings) {
            if (loading.startSeconds() <= instant && instant < loading.endSeconds()) {
                count++;
            }
        }
        return count;
    }

    private static long[] withWait(long[] waits, int trip, long startSeconds) {
        long[] longer = Arrays.copyOf(waits, Math.max(waits.length, trip - 1));
        longer[trip - 2] = Math.max(longer[trip - 2], startSeconds);
        return longer;
    }
}
