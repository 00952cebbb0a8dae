package org.gongpei.service.analysis;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.county.County;
import org.gongpei.service.plan.PlanStatus;

/** Stored scenario analyses. */
@ApplicationScoped
public class StoredAnalysisRepository implements PanacheRepository<StoredAnalysis> {

    /** @return the county's analyses, newest first */
    public List<StoredAnalysis> listByCounty(County county) {
        return list("county = ?1 order by createdAt desc, id desc", county);
    }

    /**
     * Marks every queued or solving analysis, except those named, as interrupted.
     *
     * @return how many were marked
     */
    public int markInterrupted(List<Long> except, String message) {
        List<Long> skipped = except.isEmpty() ? List.of(-1L) : except;
        return update("status = ?1, errorMessage = ?2, finishedAt = ?3 where status in ?4 and id not in ?5",
                PlanStatus.INTERRUPTED, message, OffsetDateTime.now(), List.of(PlanStatus.QUEUED, PlanStatus.SOLVING),
                skipped);
    }
}
