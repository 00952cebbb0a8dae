package org.gongpei.solver.siting;

/**
 * A township of the county; every township must have at least one station (seed 003). Problem fact.
 *
 * @param code admin code
 * @param name display name
 */
public record SitingTownship(String code, String name) {

    public SitingTownship {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A township needs a code.");
        }
        if (name == null || name.isBlank()) {
            name = code;
        }
    }
}
