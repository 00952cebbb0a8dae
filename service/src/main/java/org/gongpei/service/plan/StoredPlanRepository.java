package org.gongpei.service.plan;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.county.County;

/** Stored daily plans. */
@ApplicationScoped
public class StoredPlanRepository implements PanacheRepository<StoredPlan> {

    /** @return the county's plans, newest first */
    public List<StoredPlan> listByCounty(County county) {
        return list("county = ?1 order by state.createdAt desc, id desc", county);
    }
}
