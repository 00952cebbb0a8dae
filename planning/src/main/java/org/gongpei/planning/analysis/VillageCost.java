package org.gongpei.planning.analysis;

/**
 * One village's share of the network cost of the day (see {@link CostToServe}).
 *
 * @param code village code
 * @param name village name
 * @param townshipCode its township
 * @param depotCode the hub or centre its vehicles came from
 * @param parcelsDelivered parcels delivered
 * @param parcelsPickedUp farm-product parcels collected
 * @param visitFen its share of the last-mile or direct routes that stopped there
 * @param trunkFen its share of the trunk trips to and from its hub
 * @param handlingFen sorting and hub handling of its parcels
 * @param roadMetresFromCentre road distance from the county centre (van)
 * @param roadSecondsFromCentre road time from the county centre (van)
 */
public record VillageCost(String code, String name, String townshipCode, String depotCode, int parcelsDelivered,
        int parcelsPickedUp, long visitFen, long trunkFen, long handlingFen, long roadMetresFromCentre,
        long roadSecondsFromCentre) {

    /** @return its whole share, fen */
    public long totalFen() {
        return visitFen + trunkFen + handlingFen;
    }

    /** @return parcels delivered and collected */
    public int parcels() {
        return parcelsDelivered + parcelsPickedUp;
    }

    /** @return cost per parcel handled, fen; 0 without parcels */
    public double costPerParcelFen() {
        return parcels() == 0 ? 0 : (double) totalFen() / parcels();
    }
}
