package org.gongpei.planning.analysis;

/**
 * What a scenario costs and delivers on the day, summed over its networks.
 *
 * @param kind the scenario
 * @param solves daily plans solved for it
 * @param distanceMetres driven by all vehicles
 * @param vehicleDays vehicles used (each counted once a day)
 * @param driverSeconds working time of all vehicles, departure to return (one driver a vehicle)
 * @param cost the cost in parts
 * @param parcelsDelivered parcels delivered to villages
 * @param parcelsPickedUp farm-product parcels collected
 * @param unservedParcels parcels (down and up) the plans left out
 * @param villagesServed distinct villages with at least one stop
 * @param villageVisits village stops of all vehicles (a village visited by three brands counts three times)
 * @param co2Grams CO₂ of the fuel burnt, from km and {@link AnalysisParameters#litresPer100Km}
 * @param averageParcelAgeSeconds mean time from sorting at the centre to delivery at the village, over
 *        delivered parcels
 * @param worstParcelAgeSeconds the longest such time
 * @param violations broken rules found by the plans' independent checks
 * @param note why the scenario equals another, or empty
 */
public record ScenarioMetrics(ScenarioKind kind, int solves, long distanceMetres, int vehicleDays, long driverSeconds,
        CostParts cost, int parcelsDelivered, int parcelsPickedUp, int unservedParcels, int villagesServed,
        int villageVisits, long co2Grams, long averageParcelAgeSeconds, long worstParcelAgeSeconds, int violations,
        String note) {

    /** @return total cost in fen */
    public long totalFen() {
        return cost.totalFen();
    }

    /** @return cost per parcel handled (delivered and collected), fen; 0 when nothing is handled */
    public double costPerParcelFen() {
        int parcels = parcelsDelivered + parcelsPickedUp;
        return parcels == 0 ? 0 : (double) totalFen() / parcels;
    }
}
