package org.gongpei.planning.analysis;

import java.time.Duration;

/**
 * Accounting assumptions of an analysis, each a default a deployment replaces with its own figures.
 *
 * @param timeLimitPerSolve the solver's budget for each daily plan solved (the same on every side)
 * @param centreHandlingFenPerParcel sorting and handling at the county centre (or a brand's county depot), per
 *        parcel down or up
 * @param hubHandlingFenPerParcel re-loading at a township hub, per parcel passing through it
 * @param kgCo2PerLitreDiesel emission factor of diesel
 * @param unservedPenaltyFenPerParcel the price a comparison puts on each parcel a scenario leaves out (a delivery
 *        made some other way: a special trip, a courier, a late parcel's compensation); 0 for none, and then
 *        scenarios that do not serve the same parcels are not comparable
 */
public record AnalysisParameters(Duration timeLimitPerSolve, long centreHandlingFenPerParcel, long hubHandlingFenPerParcel,
        double kgCo2PerLitreDiesel, long unservedPenaltyFenPerParcel) {

    /** Default sorting and handling at the centre: 0.20 yuan a parcel (ASSUMPTION, no sourced figure at hand). */
    public static final long DEFAULT_CENTRE_HANDLING_FEN = 20;
    /** Default re-loading at a hub: 0.10 yuan a parcel (ASSUMPTION). */
    public static final long DEFAULT_HUB_HANDLING_FEN = 10;
    /**
     * Diesel: 2.6 kg CO₂ a litre (ASSUMPTION, rounded from the IPCC 2006 default of 74,100 kg CO₂/TJ at about
     * 36 MJ/L, ≈ 2.67 kg/L).
     */
    public static final double DEFAULT_KG_CO2_PER_LITRE = 2.6;

    /** @throws IllegalArgumentException for a non-positive time limit or negative costs or factor */
    public AnalysisParameters {
        if (timeLimitPerSolve == null || timeLimitPerSolve.isNegative() || timeLimitPerSolve.isZero()) {
            throw new IllegalArgumentException("The time limit per solve must be positive.");
        }
        if (centreHandlingFenPerParcel < 0 || hubHandlingFenPerParcel < 0) {
            throw new IllegalArgumentException("Handling costs cannot be negative.");
        }
        if (kgCo2PerLitreDiesel < 0) {
            throw new IllegalArgumentException("The CO₂ factor cannot be negative.");
        }
        if (unservedPenaltyFenPerParcel < 0) {
            throw new IllegalArgumentException("The penalty for a parcel left out cannot be negative.");
        }
    }

    /** The same assumptions without a penalty for parcels left out. */
    public AnalysisParameters(Duration timeLimitPerSolve, long centreHandlingFenPerParcel, long hubHandlingFenPerParcel,
            double kgCo2PerLitreDiesel) {
        this(timeLimitPerSolve, centreHandlingFenPerParcel, hubHandlingFenPerParcel, kgCo2PerLitreDiesel, 0);
    }

    /** @return these assumptions with a price on each parcel a scenario leaves out, fen; 0 for none */
    public AnalysisParameters withUnservedPenalty(long fenPerParcel) {
        return new AnalysisParameters(timeLimitPerSolve, centreHandlingFenPerParcel, hubHandlingFenPerParcel,
                kgCo2PerLitreDiesel, fenPerParcel);
    }

    /** @return the handling costs of a county's fleet settings, the default CO₂ factor and the given time limit */
    public static AnalysisParameters of(Duration timeLimitPerSolve, org.gongpei.planning.fleet.FleetSettings fleet) {
        return new AnalysisParameters(timeLimitPerSolve, Math.round(fleet.centreHandlingYuanPerParcel() * 100),
                Math.round(fleet.hubHandlingYuanPerParcel() * 100), DEFAULT_KG_CO2_PER_LITRE);
    }

    /** @return the defaults with the given time limit per solve */
    public static AnalysisParameters defaults(Duration timeLimitPerSolve) {
        return new AnalysisParameters(timeLimitPerSolve, DEFAULT_CENTRE_HANDLING_FEN, DEFAULT_HUB_HANDLING_FEN,
                DEFAULT_KG_CO2_PER_LITRE);
    }

    /**
     * Fuel use by vehicle type code of {@link org.gongpei.planning.plan.DailyFleet}: 4.2 m box truck 11 L/100 km,
     * refrigerated 14 L/100 km (DOMAIN.md midpoints), van 9 L/100 km (ASSUMPTION).
     *
     * @param vehicleTypeCode the route's vehicle type
     * @return litres per 100 km
     */
    public static double litresPer100Km(String vehicleTypeCode) {
        return switch (vehicleTypeCode) {
            case "BOX_4_2" -> 11;
            case "REEFER_4_2" -> 14;
            default -> 9;
        };
    }
}
