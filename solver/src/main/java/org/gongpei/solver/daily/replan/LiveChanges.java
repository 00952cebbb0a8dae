package org.gongpei.solver.daily.replan;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.api.solver.change.ProblemChangeDirector;

import org.gongpei.solver.domain.RoutePlan;
import org.gongpei.solver.domain.Stop;
import org.gongpei.solver.domain.Vehicle;

/** The real-time changes of a leg, applied to the running solver's working solution. */
final class LiveChanges {

    private LiveChanges() {
    }

    /**
     * A vehicle out of service: its route ends after the stops it has served and is pinned whole; its other
     * stops become unassigned, their parcels at the depot from {@code parcelsBackSeconds}; vans without a route
     * wait for them there.
     */
    record Breakdown(String vehicleId, int doneStops, long parcelsBackSeconds) implements ProblemChange<RoutePlan> {

        @Override
        public void doChange(RoutePlan working, ProblemChangeDirector director) {
            Vehicle broken = working.getVehicles().stream().filter(v -> v.getId().equals(vehicleId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No vehicle " + vehicleId + " in the leg."));
            List<Stop> remaining = new ArrayList<>(broken.getStops().subList(doneStops, broken.getStops().size()));
            // Timefold 2.2's changeVariable() supports basic variables only; a problem property change re-reads
            // every list and recomputes the shadow variables, and re-inserts each changed object into the score.
            director.changeProblemProperty(broken, vehicle -> {
                vehicle.getStops().subList(doneStops, vehicle.getStops().size()).clear();
                vehicle.withRoutePinned();
            });
            for (Stop stop : broken.getStops()) {
                director.changeProblemProperty(stop, s -> { });
            }
            for (Stop stop : remaining) {
                director.changeProblemProperty(stop, s -> s.withDepotReady(parcelsBackSeconds));
            }
            for (Vehicle spare : working.getVehicles()) {
                if (spare != broken && spare.getStops().isEmpty() && spare.getShiftStartSeconds() < parcelsBackSeconds) {
                    director.changeProblemProperty(spare, v -> v.withShift(parcelsBackSeconds,
                            Math.max(parcelsBackSeconds, v.getShiftEndSeconds())));
                }
            }
        }
    }

    /** New stops to serve, added unassigned; the restarted solver inserts them. */
    record AddStops(List<Stop> stops) implements ProblemChange<RoutePlan> {

        @Override
        public void doChange(RoutePlan working, ProblemChangeDirector director) {
            for (Stop stop : stops) {
                director.addEntity(stop, added -> working.getStops().add(added));
            }
        }
    }
}
