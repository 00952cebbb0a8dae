package org.gongpei.service.account;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The append-only audit log: who did what to which county, and with which answer. */
@ApplicationScoped
public class Audit {

    /** Appends an event in a transaction of its own, so it is kept whatever happens to the caller's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, String action, String countyCode, String target, int outcome,
            String address) {
        AuditEvent event = new AuditEvent();
        event.username = username == null ? null : truncate(username, 200);
        event.action = action;
        event.countyCode = countyCode;
        event.target = target == null ? null : truncate(target, 300);
        event.outcome = outcome;
        event.address = address == null ? null : truncate(address, 64);
        event.persist();
    }

    /**
     * The latest events, newest first.
     *
     * @param scope the reader's scope: outside every-county scope only events of counties in it
     * @param visibleCounties the codes of the counties the reader may see
     * @param county only this county's events, or null
     * @param limit at most this many (1–1000)
     */
    @Transactional
    public List<AuditView> latest(CountyScope scope, List<String> visibleCounties, String county, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!scope.allCounties()) {
            query.append(" and countyCode in :visible");
            parameters.and("visible", visibleCounties.isEmpty() ? List.of("") : visibleCounties);
        }
        if (county != null) {
            query.append(" and countyCode = :county");
            parameters.and("county", county);
        }
        PanacheQuery<AuditEvent> events = AuditEvent.find(query.toString(), Sort.descending("id"), parameters);
        return events.page(0, limit).list().stream().map(AuditView::of).toList();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
