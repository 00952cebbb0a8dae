package org.gongpei.service.plan;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored revisions of daily plans. */
@ApplicationScoped
public class PlanRevisionRepository implements PanacheRepository<PlanRevision> {

    /** @return one revision of a plan */
    public Optional<PlanRevision> find(StoredPlan plan, int revision) {
        return find("plan = ?1 and revision = ?2", plan, revision).firstResultOptional();
    }
}
