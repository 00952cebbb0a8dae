package org.gongpei.planning.analysis;

/**
 * What one scenario saves against another. Two scenarios are comparable only when they serve the same parcels:
 * the same numbers delivered and collected on the same day's demand. Otherwise the differences below are not a
 * saving (the cheaper scenario may simply have left parcels out) and are reported as not comparable.
 *
 * @param against the baseline (usually separate)
 * @param scenario the scenario compared (joint or partial)
 * @param costFen baseline cost minus the scenario's
 * @param costPercent that in % of the baseline; 0 for a baseline of 0
 * @param distanceMetres km saved, in metres
 * @param distancePercent %
 * @param vehicleDays vehicle-days saved
 * @param driverSeconds driver time saved
 * @param co2Grams CO₂ saved
 * @param comparable whether both scenarios deliver and collect the same number of parcels
 * @param againstParcels parcels delivered and collected in the baseline
 * @param scenarioParcels parcels delivered and collected in the scenario
 */
public record Savings(ScenarioKind against, ScenarioKind scenario, long costFen, double costPercent, long distanceMetres,
        double distancePercent, int vehicleDays, long driverSeconds, long co2Grams, boolean comparable,
        int againstParcels, int scenarioParcels) {

    /** @return the savings of {@code scenario} against {@code baseline} */
    public static Savings of(ScenarioMetrics baseline, ScenarioMetrics scenario) {
        long cost = baseline.totalFen() - scenario.totalFen();
        long metres = baseline.distanceMetres() - scenario.distanceMetres();
        return new Savings(baseline.kind(), scenario.kind(), cost, percent(cost, baseline.totalFen()), metres,
                percent(metres, baseline.distanceMetres()), baseline.vehicleDays() - scenario.vehicleDays(),
                baseline.driverSeconds() - scenario.driverSeconds(), baseline.co2Grams() - scenario.co2Grams(),
                baseline.parcelsDelivered() == scenario.parcelsDelivered()
                        && baseline.parcelsPickedUp() == scenario.parcelsPickedUp(),
                baseline.parcelsDelivered() + baseline.parcelsPickedUp(),
                scenario.parcelsDelivered() + scenario.parcelsPickedUp());
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
