package org.gongpei.service.design;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored station plan jobs. */
@ApplicationScoped
public class StoredStationPlanRepository implements PanacheRepository<StoredStationPlan> {

    /** @return the county's station plans, newest first */
    public List<StoredStationPlan> ofCounty(String countyCode) {
        return list("county.code = ?1 order by state.createdAt desc, id desc", countyCode);
    }
}
