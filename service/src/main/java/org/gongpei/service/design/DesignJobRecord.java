package org.gongpei.service.design;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.gongpei.service.county.County;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A network design job as stored, whatever it designs: the checked request, the roads it runs on, its progress and,
 * when done, its result, each as JSON.
 */
@MappedSuperclass
public abstract class DesignJobRecord implements JobRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id")
    public County county;

    @Embedded
    public JobState state = new JobState();

    @Column(name = "stopped_early")
    public boolean stoppedEarly;
    @JdbcTypeCode(SqlTypes.JSON)
    public String request;
    @JdbcTypeCode(SqlTypes.JSON)
    public String roads;
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
