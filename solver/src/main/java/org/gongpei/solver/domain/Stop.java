package org.gongpei.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * A village station, township hub or other point where a vehicle delivers and/or picks up goods.
 * Times are seconds since the planning day's origin. Service starts at
 * {@code max(arrival, readySeconds)}; arriving after {@code dueSeconds} is late.
 */
@PlanningEntity
public class Stop {

    /** Value of {@link #getMaxSecondsToColdStore()} for goods without a perishable limit. */
    public static final long NO_LIMIT = Long.MAX_VALUE / 4;

    @PlanningId
    private String id;
    private String name;
    private int locationIndex;
    private long readySeconds;
    private long dueSeconds = NO_LIMIT;
    private long fixedServiceSeconds;
    private long serviceSecondsPerParcel;
    private Quantities delivery = Quantities.ZERO;
    private Quantities pickup = Quantities.ZERO;
    private long maxSecondsToColdStore = NO_LIMIT;
    private long coldStoreDeadlineSeconds = NO_LIMIT;
    private long depotReadySeconds;
    private boolean optional;
    private long unassignedPenalty;

    @InverseRelationShadowVariable(sourceVariableName = "stops")
    private Vehicle vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "stops")
    private Stop previousStop;
    @NextElementShadowVariable(sourceVariableName = "stops")
    private Stop nextStop;
    @ShadowVariable(supplierName = "loadProfileSupplier")
    private LoadProfile loadProfile;
    @ShadowVariable(supplierName = "scheduleSupplier")
    private Schedule schedule;

    /** For the solver's cloner. */
    public Stop() {
    }

    /**
     * @param id unique id
     * @param locationIndex index of this stop's location in every travel matrix
     */
    public Stop(String id, int locationIndex) {
        if (locationIndex < 0) {
            throw new IllegalArgumentException("Stop " + id + " has a negative location index.");
        }
        this.id = id;
        this.name = id;
        this.locationIndex = locationIndex;
    }

    /** Sets a human-readable name (for example the village); returns this. */
    public Stop withName(String name) {
        this.name = name;
        return this;
    }

    /** Sets the time window: earliest service start and latest arrival, in seconds; returns this. */
    public Stop withTimeWindow(long readySeconds, long dueSeconds) {
        if (dueSeconds < readySeconds) {
            throw new IllegalArgumentException("Stop " + id + " has a time window that closes before it opens.");
        }
        this.readySeconds = readySeconds;
        this.dueSeconds = dueSeconds;
        return this;
    }

    /** Sets the service time: fixed seconds plus seconds per parcel delivered or picked up; returns this. */
    public Stop withService(long fixedSeconds, long secondsPerParcel) {
        if (fixedSeconds < 0 || secondsPerParcel < 0) {
            throw new IllegalArgumentException("Stop " + id + " has a negative service time.");
        }
        this.fixedServiceSeconds = fixedSeconds;
        this.serviceSecondsPerParcel = secondsPerParcel;
        return this;
    }

    /** Sets the goods loaded at the depot and dropped here; returns this. */
    public Stop withDelivery(Quantities delivery) {
        this.delivery = delivery;
        return this;
    }

    /** Sets the goods picked up here and carried back to the depot; returns this. */
    public Stop withPickup(Quantities pickup) {
        this.pickup = pickup;
        return this;
    }

    /** Sets the longest time from leaving this stop to reaching the depot's cold store; returns this. */
    public Stop withMaxSecondsToColdStore(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Stop " + id + " has a negative perishable limit.");
        }
        this.maxSecondsToColdStore = seconds;
        return this;
    }

    /**
     * Sets the latest time at which this stop's chilled or frozen pickup may reach the depot's cold store, in
     * seconds since the day's origin (for goods whose limit counts from when they were ready, not from pickup);
     * returns this.
     */
    public Stop withColdStoreDeadline(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Stop " + id + " has a negative cold store deadline.");
        }
        this.coldStoreDeadlineSeconds = seconds;
        return this;
    }

    /**
     * Sets when this stop's delivery is at the depot, ready to load, in seconds since the day's origin (for
     * example parcels brought back from a vehicle that broke down); a vehicle that leaves its depot earlier
     * cannot carry it. Returns this.
     */
    public Stop withDepotReady(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Stop " + id + " has a negative depot ready time.");
        }
        this.depotReadySeconds = seconds;
        return this;
    }

    /** Makes the stop optional: leaving it unassigned costs this medium penalty; returns this. */
    public Stop optional(long unassignedPenalty) {
        if (unassignedPenalty < 0) {
            throw new IllegalArgumentException("Stop " + id + " has a negative unassigned penalty.");
        }
        this.optional = true;
        this.unassignedPenalty = unassignedPenalty;
        return this;
    }

    @ShadowSources({"vehicle", "previousStop.loadProfile"})
    /**
     * @return the load profile after this stop, counted from the start of its trip: the stop begins a new trip when
     *         its goods would not fit on the current one and the vehicle has trips left; used by the solver
     */
    public LoadProfile loadProfileSupplier() {
        if (vehicle == null) {
            return null;
        }
        if (previousStop == null) {
            return LoadProfile.START.after(delivery, pickup);
        }
        LoadProfile before = previousStop.getLoadProfile();
        if (before == null) {
            return null;
        }
        if (before.trip() < vehicle.getReloads().maxTrips()
                && before.overloadsAfter(delivery, pickup, vehicle.getCapacity())) {
            return LoadProfile.startTrip(before.trip() + 1).after(delivery, pickup);
        }
        return before.after(delivery, pickup);
    }

    @ShadowSources({"vehicle", "loadProfile", "previousStop.loadProfile", "previousStop.schedule"})
    /** @return the arrival, trip departure and driving since the last break; used by the solver */
    public Schedule scheduleSupplier() {
        if (vehicle == null || loadProfile == null) {
            return null;
        }
        TravelMatrix matrix = vehicle.getMatrix();
        BreakRule rule = vehicle.getBreakRule();
        int depot = vehicle.getDepotLocationIndex();
        if (previousStop == null) {
            long leg = matrix.durationSeconds(depot, locationIndex);
            return new Schedule(vehicle.getShiftStartSeconds(), vehicle.getShiftStartSeconds() + leg, leg, 0,
                    rule.excessSeconds(0, leg));
        }
        Schedule before = previousStop.getSchedule();
        if (before == null) {
            return null;
        }
        long time = previousStop.getDepartureSeconds();
        long driving = previousStop.getDrivingSecondsAtDeparture();
        if (!loadProfile.firstOfTrip()) {
            long leg = matrix.durationSeconds(previousStop.locationIndex, locationIndex);
            long rest = rule.breakBefore(driving, leg);
            return new Schedule(before.tripDepartureSeconds(), time + rest + leg, rule.drivingAfter(driving, leg), rest,
                    rule.excessSeconds(driving, leg));
        }
        long toDepot = matrix.durationSeconds(previousStop.locationIndex, depot);
        long rest = rule.breakBefore(driving, toDepot);
        long excess = rule.excessSeconds(driving, toDepot);
        driving = rule.drivingAfter(driving, toDepot);
        long back = time + rest + toDepot;
        long out = matrix.durationSeconds(depot, locationIndex);
        long departure = vehicle.reloadedDepartureSeconds(loadProfile.trip(), back, driving,
                previousStop.getLoadProfile().pickedUpParcels(), out);
        driving = rule.drivingAfterPause(driving, departure - back);
        excess += rule.excessSeconds(driving, out);
        return new Schedule(departure, departure + out, rule.drivingAfter(driving, out), rest, excess);
    }

    /** @return whether this stop begins a trip after a reload at the depot (not the vehicle's first trip) */
    public boolean startsReloadedTrip() {
        return previousStop != null && loadProfile != null && loadProfile.firstOfTrip();
    }

    /** @return whether this is the last stop of its trip: the vehicle drives back to its depot after it */
    public boolean isTripEnd() {
        return vehicle != null && (nextStop == null || nextStop.startsReloadedTrip());
    }

    /** @return the trip (from 1) this stop is on, 0 if unassigned */
    public int getTrip() {
        return loadProfile == null ? 0 : loadProfile.trip();
    }

    /** @return driving since the last break when the vehicle leaves, after a wait long enough to count as a break */
    public long getDrivingSecondsAtDeparture() {
        long wait = Math.max(0, readySeconds - schedule.arrivalSeconds());
        return vehicle.getBreakRule().drivingAfterPause(schedule.drivingSeconds(), wait);
    }

    /** @return the service duration in seconds: fixed part plus per parcel delivered and picked up */
    public long getServiceSeconds() {
        return fixedServiceSeconds + serviceSecondsPerParcel * (delivery.parcels() + pickup.parcels());
    }

    /** @return when service starts, or null if unassigned */
    public Long getServiceStartSeconds() {
        return schedule == null ? null : Math.max(schedule.arrivalSeconds(), readySeconds);
    }

    /** @return when the vehicle leaves, or null if unassigned */
    public Long getDepartureSeconds() {
        return schedule == null ? null : Math.max(schedule.arrivalSeconds(), readySeconds) + getServiceSeconds();
    }

    /** @return seconds arrived after the due time, 0 if on time or unassigned */
    public long getLatenessSeconds() {
        return schedule == null ? 0 : Math.max(0, schedule.arrivalSeconds() - dueSeconds);
    }

    /**
     * @return the metres driven from the previous stop or the depot to this stop (through the depot when the stop
     *         begins a reloaded trip), 0 if unassigned
     */
    public long getDistanceFromPreviousMetres() {
        if (vehicle == null) {
            return 0;
        }
        TravelMatrix matrix = vehicle.getMatrix();
        int depot = vehicle.getDepotLocationIndex();
        if (previousStop == null) {
            return matrix.distanceMetres(depot, locationIndex);
        }
        if (startsReloadedTrip()) {
            return matrix.distanceMetres(previousStop.locationIndex, depot) + matrix.distanceMetres(depot, locationIndex);
        }
        return matrix.distanceMetres(previousStop.locationIndex, locationIndex);
    }

    /** @return the metres from this stop back to the vehicle's depot, 0 if unassigned */
    public long getDistanceToDepotMetres() {
        return vehicle == null ? 0 : vehicle.getMatrix().distanceMetres(locationIndex, vehicle.getDepotLocationIndex());
    }

    /**
     * @return when the vehicle would reach its depot if it drove there after this stop (after a break if the break
     *         rule asks for one)
     */
    public Long getDepotArrivalSecondsIfLast() {
        Long departure = getDepartureSeconds();
        if (departure == null) {
            return null;
        }
        long leg = vehicle.getMatrix().durationSeconds(locationIndex, vehicle.getDepotLocationIndex());
        return departure + getBreakBeforeDepotSeconds() + leg;
    }

    /** @return the break taken at this stop before driving back to the depot, were it to drive back now */
    public long getBreakBeforeDepotSeconds() {
        long leg = vehicle.getMatrix().durationSeconds(locationIndex, vehicle.getDepotLocationIndex());
        return vehicle.getBreakRule().breakBefore(getDrivingSecondsAtDeparture(), leg);
    }

    /** @return driving beyond the break rule's limit on the drive back to the depot after this stop */
    public long getExcessDrivingToDepotSeconds() {
        long leg = vehicle.getMatrix().durationSeconds(locationIndex, vehicle.getDepotLocationIndex());
        return vehicle.getBreakRule().excessSeconds(getDrivingSecondsAtDeparture(), leg);
    }

    /** @return whether this is the last stop of an assigned route */
    public boolean isLast() {
        return vehicle != null && nextStop == null;
    }

    /** @return whether this stop delivers or picks up goods of the temperature class */
    public boolean handles(TemperatureClass temperatureClass) {
        return delivery.hasAny(temperatureClass) || pickup.hasAny(temperatureClass);
    }

    /** @return whether a perishable limit applies to this stop's pickup */
    public boolean hasPerishablePickup() {
        return (maxSecondsToColdStore < NO_LIMIT || coldStoreDeadlineSeconds < NO_LIMIT)
                && (pickup.hasAny(TemperatureClass.CHILLED) || pickup.hasAny(TemperatureClass.FROZEN));
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getLocationIndex() {
        return locationIndex;
    }

    public long getReadySeconds() {
        return readySeconds;
    }

    public long getDueSeconds() {
        return dueSeconds;
    }

    public long getFixedServiceSeconds() {
        return fixedServiceSeconds;
    }

    public long getServiceSecondsPerParcel() {
        return serviceSecondsPerParcel;
    }

    public Quantities getDelivery() {
        return delivery;
    }

    public Quantities getPickup() {
        return pickup;
    }

    public long getMaxSecondsToColdStore() {
        return maxSecondsToColdStore;
    }

    public long getColdStoreDeadlineSeconds() {
        return coldStoreDeadlineSeconds;
    }

    /**
     * @return the latest depot arrival allowed for this stop's perishable pickup: the earlier of departure plus
     *         {@link #getMaxSecondsToColdStore()} and {@link #getColdStoreDeadlineSeconds()}; null if unassigned
     */
    public Long getLatestColdStoreArrivalSeconds() {
        Long departure = getDepartureSeconds();
        return departure == null ? null : Math.min(departure + maxSecondsToColdStore, coldStoreDeadlineSeconds);
    }

    public long getDepotReadySeconds() {
        return depotReadySeconds;
    }

    /**
     * @return seconds by which the vehicle leaves its depot on this stop's trip before the stop's delivery is there;
     *         0 if none
     */
    public long getDepotReadyExcessSeconds() {
        if (schedule == null || delivery.equals(Quantities.ZERO)) {
            return 0;
        }
        return Math.max(0, depotReadySeconds - schedule.tripDepartureSeconds());
    }

    public boolean isOptional() {
        return optional;
    }

    public long getUnassignedPenalty() {
        return unassignedPenalty;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Stop getPreviousStop() {
        return previousStop;
    }

    public void setPreviousStop(Stop previousStop) {
        this.previousStop = previousStop;
    }

    public Stop getNextStop() {
        return nextStop;
    }

    public void setNextStop(Stop nextStop) {
        this.nextStop = nextStop;
    }

    /** @return the arrival, or null if unassigned */
    public Long getArrivalSeconds() {
        return schedule == null ? null : schedule.arrivalSeconds();
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public void setSchedule(Schedule schedule) {
        this.schedule = schedule;
    }


    public LoadProfile getLoadProfile() {
        return loadProfile;
    }

    public void setLoadProfile(LoadProfile loadProfile) {
        this.loadProfile = loadProfile;
    }

    @Override
    public String toString() {
        return id;
    }
}
