package org.gongpei.planning.network;

import java.util.List;

/**
 * A county's three-tier network as exchanged in JSON: the county centre, township hubs and village
 * stations. This is the import format of the service ({@code POST /api/v1/counties}) and the format
 * of the demo datasets.
 *
 * <p>Coordinates are WGS84 degrees. {@code boundary} is the county outline as GeoJSON polygon
 * coordinates: rings of {@code [lon, lat]} pairs, the first ring the outer one; it may be empty.
 *
 * @param code county admin code (e.g. NBS {@code 130425})
 * @param name county name (e.g. 大名县)
 * @param province province name (e.g. 河北省)
 * @param provincialCapital the province's capital city, the reference for cost parity (e.g. 石家庄市)
 * @param note what in the data is real and what is synthetic, and its sources and licences
 * @param centre the county joint-distribution centre
 * @param townships township-level units
 * @param hubs township hubs: existing or candidate transfer points
 * @param villages village-level units, with or without a station
 * @param boundary county outline, GeoJSON polygon coordinates, WGS84
 */
public record CountyNetworkData(
        String code,
        String name,
        String province,
        String provincialCapital,
        String note,
        CentreData centre,
        List<TownshipData> townships,
        List<HubData> hubs,
        List<VillageData> villages,
        List<List<List<Double>>> boundary) {

    /** @return this network with other villages */
    public CountyNetworkData withVillages(List<VillageData> otherVillages) {
        return new CountyNetworkData(code, name, province, provincialCapital, note, centre, townships, hubs,
                otherVillages, boundary);
    }

    /** @return this network with other hubs */
    public CountyNetworkData withHubs(List<HubData> otherHubs) {
        return new CountyNetworkData(code, name, province, provincialCapital, note, centre, townships, otherHubs,
                villages, boundary);
    }
}
