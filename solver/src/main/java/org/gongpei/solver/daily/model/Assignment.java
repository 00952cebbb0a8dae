package org.gongpei.solver.daily.model;

/**
 * Which depot serves a village on the planned day.
 *
 * @param villageCode the village
 * @param depotCode the hub serving it, or the county centre for direct service
 * @param direct whether it is served straight from the county centre
 */
public record Assignment(String villageCode, String depotCode, boolean direct) {
}
