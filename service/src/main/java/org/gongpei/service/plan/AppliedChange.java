package org.gongpei.service.plan;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A real-time change applied to a plan, as listed in its status document.
 *
 * @param revision the plan revision it made (1, 2, …; 0 is the plan as first solved)
 * @param type {@code BREAKDOWN} or {@code URGENT_PICKUP}
 * @param description what happened, a sentence
 * @param atTime when it was reported, {@code HH:mm} of the planned day
 * @param appliedAt when the service re-planned
 * @param notes what was re-planned and what was kept
 * @param feasible whether the new revision passed every check
 */
public record AppliedChange(int revision, String type, String description, String atTime, OffsetDateTime appliedAt,
        List<String> notes, boolean feasible) {
}
