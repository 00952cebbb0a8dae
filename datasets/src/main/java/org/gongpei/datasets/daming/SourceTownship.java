package org.gongpei.datasets.daming;

/**
 * A township-level unit as listed in the source CSV.
 *
 * @param code NBS code
 * @param name name
 */
record SourceTownship(String code, String name) {
}
