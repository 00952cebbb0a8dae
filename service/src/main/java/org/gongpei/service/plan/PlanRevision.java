package org.gongpei.service.plan;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One revision of a done plan: 0 as first solved, then one per real-time change, with the change. */
@Entity
@Table(name = "daily_plan_revision")
public class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public StoredPlan plan;

    public int revision;
    @Column(name = "change_type")
    public String changeType;
    @JdbcTypeCode(SqlTypes.JSON)
    public String change;
    public String description;
    @Column(name = "reported_at_seconds")
    public Integer reportedAtSeconds;
    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String notes;
    public boolean feasible;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
}
