package org.gongpei.service.account;

import java.util.List;
import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Which county a path names, and whether an identity may see it. */
@ApplicationScoped
public class CountyScopes {

    @Inject
    EntityManager entities;

    /** Whether the identity may see the county (one that does not exist only when its code is in the scope). */
    @Transactional
    public boolean visible(SecurityIdentity identity, String code) {
        CountyScope scope = Identities.scope(identity);
        if (scope.allCounties() || code == null) {
            return true;
        }
        List<?> provinces = entities.createNativeQuery("select province from county where code = ?1")
                .setParameter(1, code).getResultList();
        return provinces.isEmpty() ? scope.includes(code, null)
                : scope.includes(code, (String) provinces.getFirst());
    }

    /** The code of the county an object belongs to, empty when there is no such object. */
    @Transactional
    public Optional<String> county(ScopedObject object, long id) {
        String sql = switch (object) {
            case PLAN -> "select c.code from daily_plan o join county c on c.id = o.county_id where o.id = ?1";
            case ANALYSIS -> "select c.code from scenario_analysis o join county c on c.id = o.county_id where o.id = ?1";
            case CALENDAR -> "select c.code from calendar_job o join county c on c.id = o.county_id"
                    + " where o.id = ?1 and o.kind = 'CALENDAR'";
            case TARGET_COST -> "select c.code from calendar_job o join county c on c.id = o.county_id"
                    + " where o.id = ?1 and o.kind = 'TARGET_COST'";
            case RECORD_IMPORT -> "select county_code from record_import_job where id = ?1";
            case ROAD_NETWORK -> "select county_code from road_network where id = ?1";
            default -> throw new IllegalArgumentException(object + " is not found by id");
        };
        List<?> codes = entities.createNativeQuery(sql).setParameter(1, id).getResultList();
        return codes.isEmpty() ? Optional.empty() : Optional.of((String) codes.getFirst());
    }

    /** The codes of the stored counties the identity may see. */
    @Transactional
    public List<String> visibleCodes(SecurityIdentity identity) {
        CountyScope scope = Identities.scope(identity);
        List<?> rows = entities.createNativeQuery("select code, province from county order by code").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .filter(row -> scope.includes((String) row[0], (String) row[1]))
                .map(row -> (String) row[0])
                .toList();
    }
}
