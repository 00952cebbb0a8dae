package org.gongpei.service.calendar;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;

/**
 * A calendar job's status and, once done, its result.
 *
 * @param id job id
 * @param countyCode county
 * @param kind calendar or target-cost comparison
 * @param demandSource the generated week of {@code request.demandSeed} or an uploaded week
 * @param status QUEUED, SOLVING, DONE, FAILED or INTERRUPTED
 * @param phase what it is doing
 * @param fractionDone 0–1
 * @param request the request with defaults filled in
 * @param createdAt when it was asked for
 * @param finishedAt when it ended
 * @param error why it failed
 * @param result a {@link CalendarResult} or a list of {@link TargetCostRow}s once DONE
 * @param fleetSettingsVersion the version of the county's fleet and cost settings the weeks are planned with (0:
 *        the demo defaults)
 */
public record CalendarView(long id, String countyCode, CalendarKind kind, DemandSource demandSource,
        JobStatus status, String phase, double fractionDone, JsonNode request, OffsetDateTime createdAt, OffsetDateTime finishedAt, String error,
        JsonNode result, int fleetSettingsVersion) implements JobView {
}
