package org.gongpei.service.design;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;
import org.gongpei.service.roads.RoadVersion;

/**
 * A station plan job's status and, once done, its result.
 *
 * @param id job id
 * @param countyCode county
 * @param status QUEUED, SOLVING, DONE, FAILED or INTERRUPTED
 * @param stoppedEarly whether the search was asked to end before its time limit
 * @param phase what it is doing: {@value StationPlanJobs#ROAD_MATRICES}, {@value StationPlanJobs#SITING},
 *        {@value StationPlanJobs#CHECKING}, then {@code done}
 * @param fractionDone 0–1
 * @param request the settings with defaults filled in ({@link StationPlanRequest})
 * @param roads the roads the plan is sited on: an uploaded network, the configured file, or the estimate
 * @param createdAt when it was asked for
 * @param startedAt when its run started
 * @param finishedAt when it ended
 * @param error why it failed
 * @param result a {@link StationPlanResult} once DONE
 */
public record StationPlanView(long id, String countyCode, JobStatus status, boolean stoppedEarly, String phase,
        double fractionDone, JsonNode request, RoadVersion roads, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String error, JsonNode result) implements JobView {
}
