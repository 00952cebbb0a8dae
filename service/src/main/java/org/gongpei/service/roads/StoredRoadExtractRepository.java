package org.gongpei.service.roads;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Registered road extracts. */
@ApplicationScoped
public class StoredRoadExtractRepository implements PanacheRepository<StoredRoadExtract> {

    /** @return the extract registered under this file name */
    public Optional<StoredRoadExtract> findByFileName(String fileName) {
        return find("fileName", fileName).firstResultOptional();
    }
}
