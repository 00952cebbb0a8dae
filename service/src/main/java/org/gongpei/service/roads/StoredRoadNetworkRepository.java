package org.gongpei.service.roads;

import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongpei.service.job.JobStatus;

/** Stored road networks and their import jobs. */
@ApplicationScoped
public class StoredRoadNetworkRepository implements PanacheRepository<StoredRoadNetwork> {

    /** @return the county's newest imported network, its current one */
    public Optional<StoredRoadNetwork> current(String countyCode) {
        return find("countyCode = ?1 and state.status = ?2 order by state.finishedAt desc, id desc", countyCode,
                JobStatus.DONE).firstResultOptional();
    }

    /** @return the county's uploads, newest first */
    public List<StoredRoadNetwork> listByCounty(String countyCode) {
        return list("countyCode = ?1 order by id desc", countyCode);
    }
}
