package org.gongpei.solver.domain;

import java.util.Arrays;

/**
 * Running load state of a route after a stop, per {@link Quantities} component. Deliveries are all
 * loaded at the depot and pickups join along the route, so the load on board after stop {@code i} is
 * {@code totalDeliveries + netPickup(i)} and the peak load of the route is
 * {@code totalDeliveries + max(0, max over i of netPickup(i))}. Both terms are prefix values, so the
 * profile after a stop only depends on the profile after the previous stop. On a vehicle with several trips the
 * profile counts from the start of the stop's trip ({@link #startTrip(int)}).
 */
public final class LoadProfile {

    /** Profile of an empty route, before its first stop. */
    public static final LoadProfile START = startTrip(1);

    private final int trip;
    /** 0 before the trip's first stop, 1 after it, 2 after a later stop. */
    private final int position;
    private final long[] deliveredSoFar;
    private final long[] netPickup;
    private final long[] maxNetPickup;

    private LoadProfile(int trip, int position, long[] deliveredSoFar, long[] netPickup, long[] maxNetPickup) {
        this.trip = trip;
        this.position = position;
        this.deliveredSoFar = deliveredSoFar;
        this.netPickup = netPickup;
        this.maxNetPickup = maxNetPickup;
    }

    /** @return the profile before the first stop of trip {@code trip} (from 1), the vehicle empty at its depot */
    public static LoadProfile startTrip(int trip) {
        return new LoadProfile(trip, 0, new long[Quantities.COMPONENTS], new long[Quantities.COMPONENTS],
                new long[Quantities.COMPONENTS]);
    }

    /** @return the profile after visiting a stop with the given delivery and pickup */
    public LoadProfile after(Quantities delivery, Quantities pickup) {
        long[] delivered = new long[Quantities.COMPONENTS];
        long[] net = new long[Quantities.COMPONENTS];
        long[] maxNet = new long[Quantities.COMPONENTS];
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            delivered[i] = deliveredSoFar[i] + delivery.get(i);
            net[i] = netPickup[i] + pickup.get(i) - delivery.get(i);
            maxNet[i] = Math.max(maxNetPickup[i], net[i]);
        }
        return new LoadProfile(trip, Math.min(position + 1, 2), delivered, net, maxNet);
    }

    /**
     * @return whether a trip ending after a stop with this delivery and pickup would carry more than the capacity
     *         of the vehicle's compartments
     */
    public boolean overloadsAfter(Quantities delivery, Quantities pickup, Quantities capacity) {
        for (int i = 0; i < Quantities.COMPONENTS; i++) {
            if (!capacity.hasAny(Quantities.temperatureClassOf(i))) {
                continue;
            }
            long maxNet = Math.max(maxNetPickup[i], netPickup[i] + pickup.get(i) - delivery.get(i));
            if (deliveredSoFar[i] + delivery.get(i) + maxNet > capacity.get(i)) {
                return true;
            }
        }
        return false;
    }

    /** @return the trip (from 1) of the stop this profile follows */
    public int trip() {
        return trip;
    }

    /** @return whether the stop this profile follows is the first of its trip */
    public boolean firstOfTrip() {
        return position == 1;
    }

    /** @return the parcels of all temperature classes picked up on the trip up to this profile's stop */
    public long pickedUpParcels() {
        long parcels = 0;
        for (TemperatureClass temperatureClass : TemperatureClass.values()) {
            int c = Quantities.index(temperatureClass, Dimension.PARCELS);
            parcels += netPickup[c] + deliveredSoFar[c];
        }
        return parcels;
    }

    /** @return the parcels of all temperature classes delivered on the trip up to this profile's stop */
    public long deliveredParcels() {
        long parcels = 0;
        for (TemperatureClass temperatureClass : TemperatureClass.values()) {
            parcels += deliveredSoFar[Quantities.index(temperatureClass, Dimension.PARCELS)];
        }
        return parcels;
    }

    /**
     * @return the peak load of a component on a route that ends after this profile's stop: the
     *         deliveries of the whole route plus the largest net pickup at any point
     */
    public long peakLoadIfLast(int component) {
        return deliveredSoFar[component] + maxNetPickup[component];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadProfile other && trip == other.trip && position == other.position
                && Arrays.equals(deliveredSoFar, other.deliveredSoFar)
                && Arrays.equals(netPickup, other.netPickup) && Arrays.equals(maxNetPickup, other.maxNetPickup);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * trip + Arrays.hashCode(deliveredSoFar)) + Arrays.hashCode(maxNetPickup);
    }
}
