package org.gongpei.planning.network;

/**
 * A village-level unit (行政村/社区) and its e-commerce station (村级电商服务站).
 *
 * @param code admin code (e.g. NBS {@code 130425100001})
 * @param name name
 * @param townshipCode the township it belongs to
 * @param lat latitude of the station (or village centre), WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param population residents
 * @param poor registered poor village (建档立卡贫困村)
 * @param station true when the village has a station
 */
public record VillageData(
        String code,
        String name,
        String townshipCode,
        double lat,
        double lon,
        int population,
        boolean poor,
        boolean station) {
}
