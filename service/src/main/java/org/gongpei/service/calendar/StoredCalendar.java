package org.gongpei.service.calendar;


import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A calendar or target-cost job as stored: the request, where its demand comes from (and the uploaded week's
 * rows), its progress and, when done, the result as JSON.
 */
@Entity
@Table(name = "calendar_job")
public class StoredCalendar implements JobRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @Embedded
    public JobState state = new JobState();

    @Enumerated(EnumType.STRING)
    public CalendarKind kind;
    /** The version of the county's fleet settings the weeks are planned with (0: the demo defaults). */
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
    public String result;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public JobState jobState() {
        return state;
    }
}
