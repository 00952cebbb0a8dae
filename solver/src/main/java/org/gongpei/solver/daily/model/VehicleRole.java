package org.gongpei.solver.daily.model;

/** What a vehicle type does in the daily two-echelon plan. */
public enum VehicleRole {
    /** Based at the county centre; carries consignments to township hubs and farm products back. */
    TRUNK,
    /** Based at the county centre; serves villages directly, without a hub. */
    CENTRE_DELIVERY,
    /** Based at each township hub in use; serves that hub's villages (the last mile). */
    HUB_DELIVERY
}
