package org.gongpei.service.design;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored hub plan jobs. */
@ApplicationScoped
public class StoredHubPlanRepository implements PanacheRepository<StoredHubPlan> {
}
