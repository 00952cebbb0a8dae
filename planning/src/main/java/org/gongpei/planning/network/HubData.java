package org.gongpei.planning.network;

/**
 * A township hub (乡镇级物流配送中心): a transfer point between trunk and last-mile routes.
 *
 * @param code hub code, unique within the county
 * @param name display name
 * @param townshipCode the township it stands in
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param designated true for a hub the county operates (or plans); false for a candidate site only
 * @param coldStorage true when it can hold chilled goods
 * @param capacityParcelsPerDay parcels it can handle a day; null when unlimited
 */
public record HubData(
        String code,
        String name,
        String townshipCode,
        double lat,
        double lon,
        boolean designated,
        boolean coldStorage,
        Integer capacityParcelsPerDay) {
}
