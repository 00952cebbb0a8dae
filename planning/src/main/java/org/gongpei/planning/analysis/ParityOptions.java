package org.gongpei.planning.analysis;

import java.util.Set;

/**
 * How cost parity with the provincial capital is judged.
 *
 * @param reference the capital's per-parcel cost
 * @param tolerancePercent "on par" when the cost is at most the reference × (1 + tolerance/100); 0–100
 * @param remoteRoadSeconds a village is remote (边远地区, exempt) from this van road time from the county centre
 *        on; 0 for no time rule
 * @param remoteVillageCodes villages declared remote whatever their road time
 */
public record ParityOptions(ProvinceReference reference, double tolerancePercent, long remoteRoadSeconds,
        Set<String> remoteVillageCodes) {

    /** Default tolerance: 10 % (ASSUMPTION: "原则上持平" gives no figure). */
    public static final double DEFAULT_TOLERANCE_PERCENT = 10;
    /** Default remote threshold: 60 min by van from the county centre (ASSUMPTION). */
    public static final long DEFAULT_REMOTE_ROAD_SECONDS = 3600;

    /** @throws IllegalArgumentException for a tolerance outside 0–100 or a negative threshold */
    public ParityOptions {
        if (reference == null) {
            throw new IllegalArgumentException("Parity needs a provincial reference.");
        }
        if (!(tolerancePercent >= 0 && tolerancePercent <= 100)) {
            throw new IllegalArgumentException("The parity tolerance must be between 0 and 100 %, got " + tolerancePercent + ".");
        }
        if (remoteRoadSeconds < 0) {
            throw new IllegalArgumentException("The remote road-time threshold cannot be negative.");
        }
        remoteVillageCodes = Set.copyOf(remoteVillageCodes);
    }

    /** @return whether a village is exempt as remote, by the list or by its road time */
    public boolean remote(VillageCost village) {
        return remoteVillageCodes.contains(village.code())
                || remoteRoadSeconds > 0 && village.roadSecondsFromCentre() >= remoteRoadSeconds;
    }

    /** @return whether a cost per parcel is on par with the reference */
    public boolean onPar(double costPerParcelFen) {
        return costPerParcelFen <= reference.referenceFenPerParcel() * (1 + tolerancePercent / 100);
    }
}
