package org.gongpei.service.county;

import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Counties and, through them, their townships, hubs and villages. */
@ApplicationScoped
public class CountyRepository implements PanacheRepository<County> {

    public Optional<County> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<County> listByCode() {
        return list("order by code");
    }

    /** Counts per county: townships, hubs, villages, stations, poor villages, population. */
    public CountyCounts counts(County county) {
        Object[] row = getEntityManager().createQuery("""
                select (select count(t) from Township t where t.county = :c),
                       (select count(h) from Hub h where h.county = :c),
                       count(v), coalesce(sum(case when v.station then 1 else 0 end), 0),
                       coalesce(sum(case when v.poor then 1 else 0 end), 0), coalesce(sum(v.population), 0)
                from Village v where v.county = :c""", Object[].class)
                .setParameter("c", county)
                .getSingleResult();
        return new CountyCounts(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Number) row[5]).longValue());
    }

    /** Deletes a county; the database cascades to its townships, hubs and villages. */
    public void deleteWithNetwork(County county) {
        getEntityManager().flush();
        getEntityManager().clear();
        delete("id", county.id);
    }

    /**
     * Locks the county's row against new jobs and lists its queued and solving jobs.
     *
     * @return the active jobs as {@code plan 12}, {@code analysis 3}, {@code calendar 5}
     */
    @SuppressWarnings("unchecked")
    public List<String> activeJobs(County county) {
        getEntityManager().createNativeQuery("select id from county where id = ?1 for update")
                .setParameter(1, county.id).getResultList();
        return getEntityManager().createNativeQuery("""
                select 'plan ' || id from daily_plan where county_id = ?1 and status in ('QUEUED', 'SOLVING')
                union all
                select 'analysis ' || id from scenario_analysis where county_id = ?1 and status in ('QUEUED', 'SOLVING')
                union all
                select lower(kind) || ' ' || id from calendar_job where county_id = ?1 and status in ('QUEUED', 'SOLVING')
                union all
                select 'station-plan ' || id from station_plan where county_id = ?1 and status in ('QUEUED', 'SOLVING')
                """).setParameter(1, county.id).getResultList();
    }

    /** @return whether the county has delivery records (they refer to it by code) */
    public boolean hasDeliveryRecords(String code) {
        Object exists = getEntityManager()
                .createNativeQuery("select exists (select 1 from ledger_batch where county_code = ?1)")
                .setParameter(1, code).getSingleResult();
        return Boolean.TRUE.equals(exists);
    }

    /** @return whether delivery records of the county name the village (through the import's tallies) */
    public boolean hasDeliveryRecords(String countyCode, String villageCode) {
        Object exists = getEntityManager().createNativeQuery("""
                select exists (select 1 from record_tally where county_code = ?1 and dimension = 'V' and key = ?2)""")
                .setParameter(1, countyCode).setParameter(2, villageCode).getSingleResult();
        return Boolean.TRUE.equals(exists);
    }
}
