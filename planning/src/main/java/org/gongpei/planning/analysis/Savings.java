package org.gongpei.planning.analysis;

/**
 * What one scenario saves against another. Two scenarios are comparable when they serve the same parcels: the same
 * numbers delivered and collected on the same day's demand. Otherwise the differences below are not a saving (the
 * cheaper scenario may simply have left parcels out) and are reported as not comparable, unless the analysis states
 * a price for each parcel left out: then each side's cost carries that price for its parcels left out, and the
 * saving is comparable with the penalty shown.
 *
 * @param against the baseline (usually separate)
 * @param scenario the scenario compared (joint or partial)
 * @param costFen baseline cost minus the scenario's, each with its penalty for parcels left out when one is stated
 * @param costPercent that in % of the baseline; 0 for a baseline of 0
 * @param distanceMetres km saved, in metres
 * @param distancePercent %
 * @param vehicleDays vehicle-days saved
 * @param driverSeconds driver time saved
 * @param co2Grams CO₂ saved
 * @param comparable whether both scenarios deliver and collect the same number of parcels, or a penalty prices the
 *        difference
 * @param againstParcels parcels delivered and collected in the baseline
 * @param scenarioParcels parcels delivered and collected in the scenario
 * @param penaltyFenPerParcel the stated price of a parcel left out, 0 for none (and then none is in the cost)
 * @param againstUnservedParcels parcels the baseline left out
 * @param scenarioUnservedParcels parcels the scenario left out
 */
public record Savings(ScenarioKind against, ScenarioKind scenario, long costFen, double costPercent, long distanceMetres,
        double distancePercent, int vehicleDays, long driverSeconds, long co2Grams, boolean comparable,
        int againstParcels, int scenarioParcels, long penaltyFenPerParcel, int againstUnservedParcels,
        int scenarioUnservedParcels) {

    /** @return the savings of {@code scenario} against {@code baseline}, without a penalty for parcels left out */
    public static Savings of(ScenarioMetrics baseline, ScenarioMetrics scenario) {
        return of(baseline, scenario, 0);
    }

    /**
     * @param penaltyFenPerParcel the price of each parcel left out, added to each side's cost; 0 for none
     * @return the savings of {@code scenario} against {@code baseline}
     */
    public static Savings of(ScenarioMetrics baseline, ScenarioMetrics scenario, long penaltyFenPerParcel) {
        long baselineFen = baseline.totalFen() + penaltyFenPerParcel * baseline.unservedParcels();
        long cost = baselineFen - scenario.totalFen() - penaltyFenPerParcel * scenario.unservedParcels();
        long metres = baseline.distanceMetres() - scenario.distanceMetres();
        boolean sameParcels = baseline.parcelsDelivered() == scenario.parcelsDelivered()
                && baseline.parcelsPickedUp() == scenario.parcelsPickedUp();
        return new Savings(baseline.kind(), scenario.kind(), cost, percent(cost, baselineFen), metres,
                percent(metres, baseline.distanceMetres()), baseline.vehicleDays() - scenario.vehicleDays(),
                baseline.driverSeconds() - scenario.driverSeconds(), baseline.co2Grams() - scenario.co2Grams(),
                sameParcels || penaltyFenPerParcel > 0,
                baseline.parcelsDelivered() + baseline.parcelsPickedUp(),
                scenario.parcelsDelivered() + scenario.parcelsPickedUp(), penaltyFenPerParcel,
                baseline.unservedParcels(), scenario.unservedParcels());
    }

    /** @return whether a stated penalty is inside {@link #costFen()}: the scenarios did not serve the same parcels */
    public boolean penalised() {
        return penaltyFenPerParcel > 0 && (againstUnservedParcels > 0 || scenarioUnservedParcels > 0);
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
