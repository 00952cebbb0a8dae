package org.gongpei.service.plan;

import java.util.List;

/**
 * A planned route along the roads, for drawing: one polyline per leg between consecutive distinct
 * sites, depot to depot.
 *
 * @param vehicleId the vehicle
 * @param profile the road profile it drives on
 * @param legs each leg's points as {@code [latitude, longitude]} pairs
 * @param estimate whether the plan has no road network: each leg is then the straight line between its sites
 */
public record RouteLegs(String vehicleId, String profile, List<double[][]> legs, boolean estimate) {
}
