package org.gongpei.service.plan;

/**
 * A real-time change to a done plan, as posted to {@code /api/v1/plans/{id}/changes}. Times are local times
 * of the planned day, {@code HH:mm}.
 *
 * @param type {@code BREAKDOWN} or {@code URGENT_PICKUP}
 * @param vehicleId for a breakdown: the van, as in the plan's routes
 * @param villageCode for an urgent pickup: the village
 * @param ambientParcels for an urgent pickup: parcels at ambient temperature, ≥ 0 (default 0)
 * @param chilledParcels for an urgent pickup: chilled parcels, ≥ 0 (default 0); at least one parcel in all
 * @param atTime when the change is reported (a breakdown: when it happened), required
 * @param readyTime for an urgent pickup: when the products are ready; default {@code atTime}
 * @param deadline for an urgent pickup: latest arrival at the depot, optional
 */
public record PlanChangeRequest(String type, String vehicleId, String villageCode, Integer ambientParcels,
        Integer chilledParcels, String atTime, String readyTime, String deadline) {
}
