package org.gongpei.service.analysis;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.county.County;

/** Stored scenario analyses. */
@ApplicationScoped
public class StoredAnalysisRepository implements PanacheRepository<StoredAnalysis> {

    /** @return the county's analyses, newest first */
    public List<StoredAnalysis> listByCounty(County county) {
        return list("county = ?1 order by state.createdAt desc, id desc", county);
    }
}
