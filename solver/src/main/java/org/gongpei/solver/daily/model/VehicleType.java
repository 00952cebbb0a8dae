package org.gongpei.solver.daily.model;

import org.gongpei.solver.domain.Quantities;

/**
 * A kind of vehicle available for the day. Costs are in fen (0.01 yuan).
 *
 * @param code short identifier, used in vehicle ids
 * @param name display name
 * @param role where it is based and what it does
 * @param profile name of the travel matrix it drives on (a key of {@link DailyProblem#matrices()})
 * @param count vehicles available: in total for centre roles, per hub in use for {@link VehicleRole#HUB_DELIVERY}
 * @param capacity capacity per compartment and dimension
 * @param fixedCostFen cost of using one vehicle for the day
 * @param costPerKilometreFen running cost per km
 * @param costPerHourFen cost per working hour (driver)
 * @param shiftStartSeconds earliest departure, seconds since the day's origin
 * @param shiftEndSeconds latest return
 * @param maxWorkingSeconds longest working time of one vehicle in the day
 */
public record VehicleType(String code, String name, VehicleRole role, String profile, int count, Quantities capacity,
        long fixedCostFen, long costPerKilometreFen, long costPerHourFen, long shiftStartSeconds, long shiftEndSeconds,
        long maxWorkingSeconds) {

    public VehicleType {
        if (count < 0) {
            throw new IllegalArgumentException("Vehicle type " + code + " has a negative count.");
        }
        if (fixedCostFen < 0 || costPerKilometreFen < 0 || costPerHourFen < 0) {
            throw new IllegalArgumentException("Vehicle type " + code + " has a negative cost.");
        }
        if (shiftEndSeconds <= shiftStartSeconds || maxWorkingSeconds <= 0) {
            throw new IllegalArgumentException("Vehicle type " + code + " has an empty shift.");
        }
    }

    /** @return this type with another count of vehicles */
    public VehicleType withCount(int vehicles) {
        return new VehicleType(code, name, role, profile, vehicles, capacity, fixedCostFen, costPerKilometreFen,
                costPerHourFen, shiftStartSeconds, shiftEndSeconds, maxWorkingSeconds);
    }
}
