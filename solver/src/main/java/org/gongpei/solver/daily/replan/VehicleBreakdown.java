package org.gongpei.solver.daily.replan;

import org.gongpei.solver.daily.model.Clock;
import org.gongpei.solver.daily.model.PlannedRoute;

/**
 * A van that stops working at a time of day. The stops it left before then stay done; the parcels still on
 * board go back to its depot and its remaining stops are re-planned onto the depot's other vans.
 *
 * @param vehicleId the vehicle, as in {@link PlannedRoute#vehicleId()}
 * @param atSeconds when it broke down, seconds since the day's origin
 */
public record VehicleBreakdown(String vehicleId, long atSeconds) implements PlanChange {

    public VehicleBreakdown {
        if (vehicleId == null || vehicleId.isBlank()) {
            throw new IllegalArgumentException("A breakdown needs the id of the vehicle.");
        }
        if (atSeconds < 0) {
            throw new IllegalArgumentException("The breakdown time cannot be negative, got " + atSeconds + " s.");
        }
    }

    @Override
    public long reportedAtSeconds() {
        return atSeconds;
    }

    @Override
    public String describe() {
        return "Vehicle " + vehicleId + " broke down at " + Clock.format(atSeconds) + ".";
    }
}
