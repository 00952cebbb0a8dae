package org.gongpei.solver.domain;

import java.util.Arrays;

/**
 * Running load state of a route after a stop, per {@link Quantities} component. Deliveries are all
 * loaded at the depot and pickups join along the route, so the load on board after stop {@code i} is
 * {@code totalDeliveries + netPickup(i)} and the peak load of the route is
 * {@code totalDeliveries + max(0, max over i of netPickup(i))}. Both terms are prefix values, so the
 * profile after a stop only depends on the profile after the previous stop.
 */
public final class LoadProfile {

    /** Profile of an empty route, before its first stop. */
    public static final LoadProfile START = new LoadProfile(
            new long[Quantities.COMPONENTS], new long[Quantities.COMPONENTS], new long[Quantities.COMPONENTS]);

    private final long[] deliveredSoFar;
    private final long[] netPickup;
    private final long[] maxNetPickup;

    private LoadProfile(long[] deliveredSoFar, long[] netPickup, long[] maxNetPickup) {
        this.deliveredSoFar = deliveredSoFar;
        this.netPickup = netPickup;
        this.maxNetPickup = maxNetPickup;
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
        return new LoadProfile(delivered, net, maxNet);
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
        return o instanceof LoadProfile other && Arrays.equals(deliveredSoFar, other.deliveredSoFar)
                && Arrays.equals(netPickup, other.netPickup) && Arrays.equals(maxNetPickup, other.maxNetPickup);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(deliveredSoFar) + Arrays.hashCode(maxNetPickup);
    }
}
