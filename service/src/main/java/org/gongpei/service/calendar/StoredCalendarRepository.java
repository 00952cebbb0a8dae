package org.gongpei.service.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored calendar and target-cost jobs. */
@ApplicationScoped
public class StoredCalendarRepository implements PanacheRepository<StoredCalendar> {
}
