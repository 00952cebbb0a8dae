package org.gongpei.service.account;

import java.time.OffsetDateTime;

/** One audit event: when, who, what action, which county, on what path, with which HTTP status, from where. */
public record AuditView(long id, OffsetDateTime at, String username, String action, String countyCode, String target,
        int outcome, String address) {

    static AuditView of(AuditEvent event) {
        return new AuditView(event.id, event.at, event.username, event.action, event.countyCode, event.target,
                event.outcome, event.address);
    }
}
