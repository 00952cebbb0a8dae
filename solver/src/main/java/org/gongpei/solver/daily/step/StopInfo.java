package org.gongpei.solver.daily.step;

import java.util.List;
import java.util.Map;

import org.gongpei.solver.daily.model.FarmPickup;
import org.gongpei.solver.daily.model.PlannedStop;

/**
 * What a routing stop of a daily plan stands for, kept beside the stop while its leg is solved.
 *
 * @param siteCode village or hub code
 * @param siteName its name
 * @param kind what happens there
 * @param parcelsByCarrier parcels delivered per carrier
 * @param chilledParcels of which chilled
 * @param pickups farm products collected
 */
public record StopInfo(String siteCode, String siteName, PlannedStop.StopKind kind, Map<String, Integer> parcelsByCarrier,
        int chilledParcels, List<FarmPickup> pickups) {
}
