package org.gongpei.service.plan;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.county.County;

/** Stored daily plans. */
@ApplicationScoped
public class StoredPlanRepository implements PanacheRepository<StoredPlan> {

    /** @return the county's plans, newest first */
    public List<StoredPlan> listByCounty(County county) {
        return list("county = ?1 order by createdAt desc, id desc", county);
    }

    /**
     * Marks every queued or solving plan, except those named, as interrupted.
     *
     * @return how many plans were marked
     */
    public int markInterrupted(Collection<Long> except, String message) {
        List<Long> skipped = except.isEmpty() ? List.of(-1L) : List.copyOf(except);
        return update("status = ?1, errorMessage = ?2, finishedAt = ?3 where status in ?4 and id not in ?5",
                PlanStatus.INTERRUPTED, message, OffsetDateTime.now(), List.of(PlanStatus.QUEUED, PlanStatus.SOLVING),
                skipped);
    }
}
