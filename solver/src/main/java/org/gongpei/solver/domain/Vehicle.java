package org.gongpei.solver.domain;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * A vehicle that leaves its depot at the start of its shift, serves its stops in order and returns; with
 * {@link Reloads} it may return to reload on the way, so its stops form several trips.
 * Costs are in a currency unit chosen by the caller (for example fen); see {@link RoutePlan} for how
 * they become a score.
 */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private String id;
    private int depotLocationIndex;
    private TravelMatrix matrix;
    private int profileIndex;
    private long shiftStartSeconds;
    private long shiftEndSeconds = Long.MAX_VALUE / 4;
    private long maxWorkingSeconds = Long.MAX_VALUE / 4;
    private long fixedCost;
    private long costPerKilometre;
    private long costPerHour;
    private Quantities capacity = Quantities.ZERO;
    private Reloads reloads = Reloads.NONE;
    private BreakRule breakRule = BreakRule.NONE;
    /** Per reloaded trip (index 0: the second trip), the earliest its loading may start; 0 for none. */
    private long[] reloadNotBeforeSeconds = new long[0];

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Stop> stops = new ArrayList<>();

    /** Whole route fixed: no stop may be added, removed or moved (a vehicle out of service). */
    @PlanningPin
    private boolean pinned;
    /** The stops before this index are fixed (served, or being driven to); the solver changes only the rest. */
    @PlanningPinToIndex
    private int firstUnpinnedIndex;

    /** For the solver's cloner. */
    public Vehicle() {
    }

    /**
     * @param id unique id
     * @param depotLocationIndex index of the depot (a cold store for perishable pickups) in the matrix
     * @param matrix travel matrix of this vehicle's speed profile
     */
    public Vehicle(String id, int depotLocationIndex, TravelMatrix matrix) {
        if (depotLocationIndex < 0 || depotLocationIndex >= matrix.locationCount()) {
            throw new IllegalArgumentException("Vehicle " + id + " has depot location " + depotLocationIndex
                    + " outside the matrix of " + matrix.locationCount() + " locations.");
        }
        this.id = id;
        this.depotLocationIndex = depotLocationIndex;
        this.matrix = matrix;
    }

    /** Sets the shift in seconds since the planning day's origin; returns this. */
    public Vehicle withShift(long startSeconds, long endSeconds) {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("Vehicle " + id + " has a shift that ends before it starts.");
        }
        this.shiftStartSeconds = startSeconds;
        this.shiftEndSeconds = endSeconds;
        return this;
    }

    /** Sets the maximum working time from shift start to return at the depot; returns this. */
    public Vehicle withMaxWorkingSeconds(long seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("Vehicle " + id + " needs a positive maximum working time.");
        }
        this.maxWorkingSeconds = seconds;
        return this;
    }

    /** Sets the costs, each non-negative; returns this. */
    public Vehicle withCosts(long fixedCost, long costPerKilometre, long costPerHour) {
        if (fixedCost < 0 || costPerKilometre < 0 || costPerHour < 0) {
            throw new IllegalArgumentException("Vehicle " + id + " has a negative cost.");
        }
        this.fixedCost = fixedCost;
        this.costPerKilometre = costPerKilometre;
        this.costPerHour = costPerHour;
        return this;
    }

    /** Sets the capacity per compartment and dimension; a zero class means no such compartment. */
    public Vehicle withCapacity(Quantities capacity) {
        this.capacity = capacity;
        return this;
    }

    /** Lets the vehicle return to its depot, reload and leave again, up to {@link Reloads#maxTrips()}; returns this. */
    public Vehicle withReloads(Reloads reloads) {
        this.reloads = reloads;
        return this;
    }

    /**
     * Sets when each reload may start at the earliest, for example when a loading dock of the depot is free; the
     * vehicle waits at its depot until then. Replaces any earlier times; returns this.
     *
     * @param seconds per reloaded trip, the second trip first; 0 for no wait
     */
    public Vehicle withReloadsNotBefore(long... seconds) {
        this.reloadNotBeforeSeconds = seconds.clone();
        return this;
    }

    /** @return the earliest start of the reload before this trip (from 2), 0 if it may start on return */
    public long reloadNotBeforeSeconds(int trip) {
        int index = trip - 2;
        return index >= 0 && index < reloadNotBeforeSeconds.length ? reloadNotBeforeSeconds[index] : 0;
    }

    /** @return a copy of the earliest reload starts, the second trip first */
    public long[] getReloadsNotBefore() {
        return reloadNotBeforeSeconds.clone();
    }

    /**
     * When the vehicle leaves its depot on a reloaded trip. Back at the depot, the driver first takes the break the
     * drive out would need (a reload shorter than a break does not count as one), then the vehicle waits for
     * {@link #reloadNotBeforeSeconds(int)} and loads; it leaves as soon as it is loaded, so the loading takes the
     * reload's time just before the departure.
     *
     * @param trip the trip about to start, from 2
     * @param backSeconds return to the depot
     * @param drivingSeconds driving since the last break on return
     * @param returnedParcels parcels picked up on the trip that ended, unloaded during the reload
     * @param outSeconds the drive from the depot to the trip's first stop
     * @return the departure; the driving since a break is then {@code breakRule.drivingAfterPause(driving,
     *         departure - back)}
     */
    public long reloadedDepartureSeconds(int trip, long backSeconds, long drivingSeconds, long returnedParcels,
            long outSeconds) {
        long reload = reloads.seconds(returnedParcels);
        long rest = breakRule.breakBefore(breakRule.drivingAfterPause(drivingSeconds, reload), outSeconds);
        return Math.max(backSeconds + rest, reloadNotBeforeSeconds(trip)) + reload;
    }

    /** Sets the driver's break rule; returns this. */
    public Vehicle withBreakRule(BreakRule breakRule) {
        this.breakRule = breakRule;
        return this;
    }

    /** Records which speed profile {@link #getMatrix()} belongs to; returns this. */
    public Vehicle withProfileIndex(int profileIndex) {
        this.profileIndex = profileIndex;
        return this;
    }

    /**
     * Fixes the first {@code count} stops of the route (served, or being driven to); returns this.
     * The solver keeps them in place and may only change the stops after them.
     */
    public Vehicle withPinnedStops(int count) {
        if (count < 0 || count > stops.size()) {
            throw new IllegalArgumentException("Vehicle " + id + " cannot pin " + count + " of its " + stops.size()
                    + " stops.");
        }
        this.firstUnpinnedIndex = count;
        return this;
    }

    /** Fixes the whole route: the solver neither adds nor removes stops (a vehicle out of service); returns this. */
    public Vehicle withRoutePinned() {
        this.pinned = true;
        this.firstUnpinnedIndex = 0;
        return this;
    }

    /** @return whether the vehicle has a compartment for this temperature class */
    public boolean hasCompartment(TemperatureClass temperatureClass) {
        return capacity.hasAny(temperatureClass);
    }

    public String getId() {
        return id;
    }

    public int getDepotLocationIndex() {
        return depotLocationIndex;
    }

    public TravelMatrix getMatrix() {
        return matrix;
    }

    public int getProfileIndex() {
        return profileIndex;
    }

    public long getShiftStartSeconds() {
        return shiftStartSeconds;
    }

    public long getShiftEndSeconds() {
        return shiftEndSeconds;
    }

    public long getMaxWorkingSeconds() {
        return maxWorkingSeconds;
    }

    public long getFixedCost() {
        return fixedCost;
    }

    public long getCostPerKilometre() {
        return costPerKilometre;
    }

    public long getCostPerHour() {
        return costPerHour;
    }

    public Quantities getCapacity() {
        return capacity;
    }

    public Reloads getReloads() {
        return reloads;
    }

    public BreakRule getBreakRule() {
        return breakRule;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    public boolean isPinned() {
        return pinned;
    }

    public int getFirstUnpinnedIndex() {
        return firstUnpinnedIndex;
    }

    @Override
    public String toString() {
        return id;
    }
}
