package org.gongpei.service.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongpei.planning.plan.HubChoice;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;
import org.gongpei.service.roads.RoadVersion;

/**
 * The status document of a daily plan: what was asked, where the solve is, and the summary when done.
 *
 * @param id the plan's id
 * @param countyCode the county
 * @param date the planned day
 * @param status where the plan is
 * @param stoppedEarly whether the solve was stopped before its time limit
 * @param demandSource generated or uploaded demand
 * @param demandSeed the generator's seed, for generated demand
 * @param hubs which hubs the plan may use
 * @param timeLimitSeconds the solve's time limit
 * @param phase the part being solved (or last solved)
 * @param fractionDone share of the time limit used, 0–1
 * @param bestScore best score of the current part, as the solver prints it
 * @param elapsedSeconds seconds since the solve started (until it finished)
 * @param createdAt when the plan was asked for
 * @param startedAt when its solve started
 * @param finishedAt when it finished, failed or was interrupted
 * @param summary the result's figures, once done
 * @param error why it failed or was interrupted
 * @param revision the revision of the result: 0 as solved, one more per real-time change
 * @param changes the real-time changes applied, oldest first; empty when none
 * @param roads the road network the plan is solved on: an uploaded network's id, file name and SHA-256, or the
 *        configured file; absent for plans stored before plans recorded it
 * @param fleetSettingsVersion the version of the county's fleet and cost settings the plan is built with (0: the
 *        demo defaults; {@code GET /api/v1/counties/{code}/fleet-settings/versions/{version}})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(long id, String countyCode, LocalDate date, JobStatus status, boolean stoppedEarly,
        DemandSource demandSource, Long demandSeed, HubChoice hubs, int timeLimitSeconds, String phase,
        double fractionDone, String bestScore, Double elapsedSeconds, OffsetDateTime createdAt,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, PlanSummary summary, String error, int revision,
        List<AppliedChange> changes, RoadVersion roads, int fleetSettingsVersion) implements JobView {
}
