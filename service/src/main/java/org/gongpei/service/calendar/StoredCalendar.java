package org.gongpei.service.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongpei.service.county.County;
import org.gongpei.service.plan.DemandSource;
import org.gongpei.service.plan.PlanStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A calendar or target-cost job as stored: the request, where its demand comes from (and the uploaded week's
 * rows), its progress and, when done, the result as JSON.
 */
@Entity
@Table(name = "calendar_job")
public class StoredCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @Enumerated(EnumType.STRING)
    public CalendarKind kind;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    public String request;
    @Enumerated(EnumType.STRING)
    @Column(name = "demand_source")
    public DemandSource demandSource;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "demand_down_csv")
    public String demandDownCsv;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "demand_up_csv")
    public String demandUpCsv;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    public String phase;
    @Column(name = "fraction_done")
    public double fractionDone;
    @Column(name = "error_message")
    public String errorMessage;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
}
