package org.gongpei.solver.domain;

/** Temperature class of goods and of vehicle compartments. */
public enum TemperatureClass {
    /** No temperature control. */
    AMBIENT,
    /** Chilled, 0–4 °C. */
    CHILLED,
    /** Frozen, −18 °C or colder. */
    FROZEN;

    /** @return whether goods of this class need a refrigerated compartment */
    public boolean isCold() {
        return this != AMBIENT;
    }
}
