package org.gongpei.service.design;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored hub plan jobs. */
@ApplicationScoped
public class StoredHubPlanRepository implements PanacheRepository<StoredHubPlan> {

    /** @return the county's hub plans, newest first */
    public List<StoredHubPlan> ofCounty(String countyCode) {
        return list("county.code = ?1 order by state.createdAt desc, id desc", countyCode);
    }
}
