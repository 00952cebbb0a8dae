package org.gongpei.planning.design;

/**
 * What hubs cost and how the hub siting search estimates a day's transport.
 *
 * <p>ASSUMPTION (yearly costs, demo defaults; every county sets its own, no sourced figure at hand): running a
 * township hub (rent of a 300–500 m² shed, two workers, power) 100,000 yuan a year; opening a candidate site
 * (fit-out, shelves, a sorting line, about 200,000 yuan written off over 5 years) 40,000 yuan a year on top; cold
 * storage at a hub (a cold room of about 50 m³, about 100,000 yuan over 5 years, plus power) 30,000 yuan a year.
 * Today's hubs have no opening cost; a hub with cold storage today none for it.
 *
 * <p>ASSUMPTION (the search's estimate of transport, never used to judge a network: every candidate is judged by
 * real daily plans): the last mile costs 0.05 yuan per parcel and road km from its hub (or from the centre for a
 * village no hub takes): a van at about 1 yuan a km (DOMAIN.md, academic VRP parameters) with about 20 parcels
 * aboard on average. A hub is supplied by box-truck round trips from the centre at 2 yuan a km, one per 1,000
 * parcels or part of it. 300 service days a year.
 *
 * @param runningYuanPerYear cost of running one hub a year, yuan
 * @param openingYuanPerYear cost of opening a candidate site, yuan a year (written off)
 * @param coldStorageYuanPerYear cost of cold storage at a hub that has none today, yuan a year
 * @param serviceDaysPerYear service days a year, 1–366
 * @param lastMileYuanPerParcelKm the search's estimate of the last mile, yuan per parcel and road km
 * @param trunkYuanPerKm the search's estimate of a truck from the centre to a hub, yuan per road km
 * @param trunkParcelsPerTrip parcels a truck takes to a hub on one round trip
 */
public record HubSitingSettings(long runningYuanPerYear, long openingYuanPerYear, long coldStorageYuanPerYear,
        int serviceDaysPerYear, double lastMileYuanPerParcelKm, double trunkYuanPerKm, int trunkParcelsPerTrip) {

    /** @throws IllegalArgumentException naming the setting out of range */
    public HubSitingSettings {
        if (runningYuanPerYear < 0 || openingYuanPerYear < 0 || coldStorageYuanPerYear < 0) {
            throw new IllegalArgumentException("Hub costs must not be negative, got running " + runningYuanPerYear
                    + ", opening " + openingYuanPerYear + " and cold storage " + coldStorageYuanPerYear + " yuan a year.");
        }
        if (serviceDaysPerYear < 1 || serviceDaysPerYear > 366) {
            throw new IllegalArgumentException("Service days a year must be 1–366, got " + serviceDaysPerYear + ".");
        }
        if (!(lastMileYuanPerParcelKm >= 0 && Double.isFinite(lastMileYuanPerParcelKm))
                || !(trunkYuanPerKm >= 0 && Double.isFinite(trunkYuanPerKm))) {
            throw new IllegalArgumentException("Transport costs must be finite and not negative, got "
                    + lastMileYuanPerParcelKm + " yuan per parcel-km and " + trunkYuanPerKm + " yuan per truck km.");
        }
        if (trunkParcelsPerTrip < 1) {
            throw new IllegalArgumentException("A truck takes at least one parcel a trip, got " + trunkParcelsPerTrip
                    + ".");
        }
    }

    /** @return the defaults: 100,000 / 40,000 / 30,000 yuan a year, 300 days, 0.05 yuan per parcel-km, 2 yuan per truck km, 1,000 parcels a trip */
    public static HubSitingSettings defaults() {
        return new HubSitingSettings(100_000, 40_000, 30_000, 300, 0.05, 2.0, 1_000);
    }

    /** @return these settings with other yearly hub costs */
    public HubSitingSettings withCosts(long running, long opening, long coldStorage, int serviceDays) {
        return new HubSitingSettings(running, opening, coldStorage, serviceDays, lastMileYuanPerParcelKm,
                trunkYuanPerKm, trunkParcelsPerTrip);
    }
}
