package org.gongpei.service.design;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;
import org.gongpei.service.roads.RoadVersion;

/**
 * A network design job's status and, once done, its result: a station plan or a hub plan.
 *
 * @param id job id
 * @param countyCode county
 * @param status QUEUED, SOLVING, DONE, FAILED or INTERRUPTED
 * @param stoppedEarly whether it was asked to end before its search or its solves were done (what was found so far is
 *        kept)
 * @param phase what it is doing, then {@code done}: for a station plan {@value StationPlanJobs#ROAD_MATRICES},
 *        {@value StationPlanJobs#SITING}, {@value StationPlanJobs#CHECKING}; for a hub plan
 *        {@value HubPlanJobs#ROAD_MATRICES}, {@value HubPlanJobs#HUB_SITING}, {@code HUB_PLANNING k/n} (the k-th
 *        daily plan of n)
 * @param fractionDone 0–1
 * @param request the settings with defaults filled in ({@link StationPlanRequest} or {@link HubPlanRequest})
 * @param roads the roads it runs on: an uploaded network, the configured file, or the estimate
 * @param createdAt when it was asked for
 * @param startedAt when its run started
 * @param finishedAt when it ended
 * @param error why it failed
 * @param result a {@link StationPlanResult} or a {@link org.gongpei.planning.design.HubComparisonResult} once DONE,
 *        null in a list
 */
public record DesignJobView(long id, String countyCode, JobStatus status, boolean stoppedEarly, String phase,
        double fractionDone, JsonNode request, RoadVersion roads, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String error, JsonNode result) implements JobView {
}
