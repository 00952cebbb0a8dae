package org.gongpei.service.analysis;

import java.time.LocalDate;
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
 * A scenario analysis as stored: the checked request, where its demand comes from (and the uploaded day's rows),
 * its progress and, when done, the report as JSON.
 */
@Entity
@Table(name = "scenario_analysis")
public class StoredAnalysis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @Column(name = "analysis_date")
    public LocalDate analysisDate;
    @Enumerated(EnumType.STRING)
    public PlanStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "demand_source")
    public DemandSource demandSource;
    @Column(name = "demand_seed")
    public Long demandSeed;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    public String phase;
    @Column(name = "fraction_done")
    public double fractionDone;
    @Column(name = "error_message")
    public String errorMessage;

    @JdbcTypeCode(SqlTypes.JSON)
    public String request;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "demand_down_csv")
    public String demandDownCsv;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "demand_up_csv")
    public String demandUpCsv;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String report;
}
