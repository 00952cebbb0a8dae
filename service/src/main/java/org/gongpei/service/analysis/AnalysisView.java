package org.gongpei.service.analysis;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.gongpei.planning.analysis.ScenarioReport;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.JobView;

/**
 * A scenario analysis: its request, progress and, once done, its report.
 *
 * @param id the analysis id
 * @param countyCode the county
 * @param date the analysed day
 * @param demandSource the generated day of {@code options.demandSeed} or an uploaded day
 * @param status QUEUED, SOLVING, DONE, FAILED or INTERRUPTED
 * @param phase the solve running, e.g. {@code SEPARATE ZTO}
 * @param fractionDone share of the solves finished, 0–1
 * @param createdAt when it was asked for
 * @param startedAt when the first solve started
 * @param finishedAt when it ended
 * @param error why it failed or was interrupted
 * @param options the checked request
 * @param report the analysis, once DONE
 * @param fleetSettingsVersion the version of the county's fleet and cost settings every scenario is built with (0:
 *        the demo defaults)
 */
public record AnalysisView(long id, String countyCode, LocalDate date, DemandSource demandSource,
        JobStatus status, String phase, double fractionDone,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String error,
        AnalysisOptions options, ScenarioReport report, int fleetSettingsVersion) implements JobView {
}
