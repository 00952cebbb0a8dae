package org.gongpei.service.analysis;

import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongpei.service.county.County;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A scenario analysis as stored: the checked request, where its demand comes from (and the uploaded day's rows),
 * its progress and, when done, the report as JSON.
 */
@Entity
@Table(name = "scenario_analysis")
public class StoredAnalysis implements JobRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @Embedded
    public JobState state = new JobState();

    @Column(name = "analysis_date")
    public LocalDate analysisDate;
    @Column(name = "demand_seed")
    public Long demandSeed;
    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;
    /** The version of the county's fleet settings the scenarios are built with (0: the demo defaults). */
    @Column(name = "fleet_settings_version")
    public int fleetSettingsVersion;

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

    @Override
    public Long id() {
        return id;
    }

    @Override
    public JobState jobState() {
        return state;
    }
}
