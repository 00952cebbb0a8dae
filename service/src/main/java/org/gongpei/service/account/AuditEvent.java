package org.gongpei.service.account;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log; the database refuses to change or delete it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    public String username;

    public String action;

    @Column(name = "county_code")
    public String countyCode;

    public String target;

    public int outcome;

    public String address;
}
