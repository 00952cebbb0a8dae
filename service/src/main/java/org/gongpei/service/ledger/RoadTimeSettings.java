package org.gongpei.service.ledger;

import java.util.List;

import org.gongpei.maps.VehicleProfile;

/**
 * The tolerance of the road-time integrity rules: a time is flagged when it is shorter than the road time less
 * {@code toleranceShare} of it and less {@code toleranceMinutes}, i.e. below
 * {@code road × (1 − toleranceShare) − toleranceMinutes}.
 *
 * @param profile          the vehicle whose road times are the bound (the van, the fastest of the last mile)
 * @param toleranceShare   the share of the road time forgiven, 0–1
 * @param toleranceMinutes the minutes forgiven besides, ≥ 0
 */
public record RoadTimeSettings(VehicleProfile profile, double toleranceShare, int toleranceMinutes) {

    public RoadTimeSettings {
        if (profile == null || !(toleranceShare >= 0 && toleranceShare < 1) || toleranceMinutes < 0) {
            throw new IllegalArgumentException("The road-time tolerance is a vehicle profile, a share in [0, 1) and"
                    + " minutes ≥ 0, was " + profile + ", " + toleranceShare + ", " + toleranceMinutes);
        }
    }

    /** @return the shortest time in seconds that a road of {@code roadSeconds} allows */
    public double allowedSeconds(double roadSeconds) {
        return roadSeconds * (1 - toleranceShare) - toleranceMinutes * 60.0;
    }

    /** @return the tolerance as the findings state it */
    /** @return the arguments of the road-time note ({@link IntegrityTexts}): profile, tolerance %, minutes */
    public List<String> stated() {
        return List.of(profile.name(), Long.toString(Math.round(toleranceShare * 100)),
                Integer.toString(toleranceMinutes));
    }
}
