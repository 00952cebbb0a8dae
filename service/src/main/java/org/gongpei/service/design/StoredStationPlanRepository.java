package org.gongpei.service.design;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored station plan jobs. */
@ApplicationScoped
public class StoredStationPlanRepository implements PanacheRepository<StoredStationPlan> {
}
