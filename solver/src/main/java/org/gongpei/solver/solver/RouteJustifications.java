package org.gongpei.solver.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import org.gongpei.solver.domain.TemperatureClass;

/**
 * One justification record per constraint of {@link RouteConstraintProvider}, each able to explain itself.
 * They are attached to every constraint match (visible in constraint tests and to Timefold's score analysis
 * where that is available).
 */
public final class RouteJustifications {

    private RouteJustifications() {
    }

    /** A justification that a caller can show to a person. */
    public interface Described extends ConstraintJustification {
        /** @return a sentence that explains the penalty */
        String description();
    }

    public record UnassignedMandatoryStop(String stopName) implements Described {
        public String description() {
            return "Stop " + stopName + " must be served but no vehicle visits it.";
        }
    }

    public record VehicleCapacity(String vehicleId, int trip, String compartments) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " is overloaded at its peak on trip " + trip + ": " + compartments + ".";
        }
    }

    public record TemperatureCompatibility(String stopName, String vehicleId, TemperatureClass missing)
            implements Described {
        public String description() {
            return "Stop " + stopName + " has " + missing + " goods but vehicle " + vehicleId
                    + " has no " + missing + " compartment.";
        }
    }

    public record DeliveryNotAtDepot(String stopName, String vehicleId, long earlySeconds) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " leaves its depot " + earlySeconds + " s before the delivery for stop "
                    + stopName + " is there to load.";
        }
    }

    public record TimeWindow(String stopName, String vehicleId, long latenessSeconds) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " reaches stop " + stopName + " " + latenessSeconds
                    + " s after its time window closes.";
        }
    }

    public record ShiftEnd(String vehicleId, long overtimeSeconds) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " returns to its depot " + overtimeSeconds + " s after its shift ends.";
        }
    }

    public record MaxWorkingTime(String vehicleId, long excessSeconds) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " works " + excessSeconds + " s longer than its maximum working time.";
        }
    }

    public record PerishableLimit(String stopName, String vehicleId, long excessSeconds) implements Described {
        public String description() {
            return "Perishable goods picked up at " + stopName + " reach the cold store of vehicle " + vehicleId
                    + " " + excessSeconds + " s too late.";
        }
    }

    public record DrivingWithoutBreak(String stopName, String vehicleId, long excessSeconds) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " drives " + excessSeconds + " s beyond the break rule's limit without a"
                    + " break on its way to or from stop " + stopName + ".";
        }
    }

    public record UnassignedOptionalStop(String stopName, long penalty) implements Described {
        public String description() {
            return "Optional stop " + stopName + " is not served (penalty " + penalty + ").";
        }
    }

    public record VehicleFixedCost(String vehicleId, long fixedCost) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " is used (fixed cost " + fixedCost + ").";
        }
    }

    public record DistanceCost(String stopName, String vehicleId, long metres) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " drives " + metres + " m for stop " + stopName
                    + " (from the previous stop, and back to the depot if last).";
        }
    }

    public record WorkingTimeCost(String vehicleId, long workingSeconds) implements Described {
        public String description() {
            return "Vehicle " + vehicleId + " works " + workingSeconds + " s from shift start to return.";
        }
    }
}
