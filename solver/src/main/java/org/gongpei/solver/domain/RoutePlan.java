package org.gongpei.solver.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * One day's routes. The soft score is minus the total cost in units of
 * {@code 1 / SCORE_PER_COST_UNIT} of the vehicles' currency unit: a fixed cost counts
 * {@code fixedCost × 3,600,000}, a distance {@code metres × costPerKilometre × 3,600} and a working time
 * {@code seconds × costPerHour × 1,000}, so that every term is an exact whole number.
 */
@PlanningSolution
public class RoutePlan {

    /** Soft score units per currency unit of cost. */
    public static final long SCORE_PER_COST_UNIT = 3_600_000L;

    private String name;
    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Stop> stops;
    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver's cloner. */
    public RoutePlan() {
    }

    /**
     * @param vehicles the fleet; each vehicle's stop list is its route (empty for a new problem)
     * @param stops every stop to plan; each location index must exist in every vehicle's matrix
     * @throws IllegalArgumentException on duplicate ids or a location outside a vehicle's matrix
     */
    public RoutePlan(String name, List<Vehicle> vehicles, List<Stop> stops) {
        validate(vehicles, stops);
        this.name = name;
        this.vehicles = vehicles;
        this.stops = stops;
    }

    private static void validate(List<Vehicle> vehicles, List<Stop> stops) {
        Set<String> ids = new HashSet<>();
        for (Vehicle vehicle : vehicles) {
            if (!ids.add(vehicle.getId())) {
                throw new IllegalArgumentException("Vehicle id " + vehicle.getId() + " is used twice.");
            }
        }
        ids.clear();
        for (Stop stop : stops) {
            if (!ids.add(stop.getId())) {
                throw new IllegalArgumentException("Stop id " + stop.getId() + " is used twice.");
            }
            for (Vehicle vehicle : vehicles) {
                if (stop.getLocationIndex() >= vehicle.getMatrix().locationCount()) {
                    throw new IllegalArgumentException("Stop " + stop.getName() + " has location "
                            + stop.getLocationIndex() + ", outside the matrix of vehicle " + vehicle.getId() + ".");
                }
            }
        }
    }

    public String getName() {
        return name;
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
