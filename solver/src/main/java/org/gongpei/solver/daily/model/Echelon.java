package org.gongpei.solver.daily.model;

/** The leg of the network a planned route belongs to. */
public enum Echelon {
    /** County centre → township hubs with the day's parcels. */
    TRUNK_DOWN,
    /** Township hub → villages → hub: parcels down, farm products up. */
    LAST_MILE,
    /** County centre → villages → centre, without a hub. */
    DIRECT,
    /** County centre → township hubs → centre, collecting the farm products brought to the hubs. */
    TRUNK_UP
}
