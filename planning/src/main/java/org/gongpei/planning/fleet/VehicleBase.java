package org.gongpei.planning.fleet;

/** Where a vehicle type starts and ends its day. */
public enum VehicleBase {
    /** The county joint-distribution centre. */
    CENTRE,
    /** A designated township hub (last-mile vehicles). */
    HUB
}
