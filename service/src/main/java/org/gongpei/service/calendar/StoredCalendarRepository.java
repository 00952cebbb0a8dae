package org.gongpei.service.calendar;

import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.plan.PlanStatus;

/** Stored calendar jobs. */
@ApplicationScoped
public class StoredCalendarRepository implements PanacheRepository<StoredCalendar> {

    /** Marks every queued or solving job as interrupted. @return how many */
    public int markInterrupted(String message) {
        return update("status = ?1, errorMessage = ?2, finishedAt = ?3 where status in ?4", PlanStatus.INTERRUPTED,
                message, OffsetDateTime.now(), List.of(PlanStatus.QUEUED, PlanStatus.SOLVING));
    }
}
