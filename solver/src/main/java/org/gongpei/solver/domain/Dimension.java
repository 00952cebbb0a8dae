package org.gongpei.solver.domain;

/** A measured dimension of a load; every quantity is a whole number in the unit named here. */
public enum Dimension {
    /** Number of parcels. */
    PARCELS,
    /** Mass in grams. */
    GRAMS,
    /** Volume in cubic centimetres. */
    CUBIC_CENTIMETRES
}
