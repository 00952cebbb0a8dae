package org.gongpei.service.plan;

import java.time.OffsetDateTime;
import java.util.List;

import org.gongpei.solver.daily.replan.ReplanNote;

/**
 * A real-time change applied to a plan, as listed in its status document.
 *
 * @param revision the plan revision it made (1, 2, …; 0 is the plan as first solved)
 * @param type {@code BREAKDOWN} or {@code URGENT_PICKUP}
 * @param description what happened, an English sentence
 * @param request the change as it was posted, for a reader's own words
 * @param atTime when it was reported, {@code HH:mm} of the planned day
 * @param appliedAt when the service re-planned
 * @param notes what was re-planned and what was kept, as codes with arguments and in English (notes stored
 *        before codes have only their text)
 * @param feasible whether the new revision passed every check
 */
public record AppliedChange(int revision, String type, String description, PlanChangeRequest request, String atTime,
        OffsetDateTime appliedAt, List<ReplanNote> notes, boolean feasible) {
}
