package org.gongpei.planning.network;

/**
 * A township-level unit (乡镇/街道).
 *
 * @param code admin code (e.g. NBS {@code 130425100})
 * @param name name
 * @param lat latitude of the township seat, WGS84 degrees; null when unknown
 * @param lon longitude of the township seat, WGS84 degrees; null when unknown
 */
public record TownshipData(String code, String name, Double lat, Double lon) {
}
