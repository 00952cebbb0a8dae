package org.gongpei.service.ledger;

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
import jakarta.persistence.Table;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record import as stored: the uploaded file waiting on disk, how far reading it got, and once ended the batch
 * stored or the rejection.
 */
@Entity
@Table(name = "record_import_job")
public class RecordImportJob implements JobRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "county_code")
    public String countyCode;

    @Embedded
    public JobState state = new JobState();

    @Column(name = "file_name")
    public String fileName;
    @Enumerated(EnumType.STRING)
    @Column(name = "batch_kind")
    public LedgerImporter.Kind batchKind;
    @Column(name = "accept_valid")
    public boolean acceptValid;
    @Column(name = "upload_path")
    public String uploadPath;
    @Column(name = "upload_bytes")
    public long uploadBytes;
    @Column(name = "rows_read")
    public long rowsRead;
    @Column(name = "bytes_read")
    public long bytesRead;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String batch;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    public String rejection;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public JobState jobState() {
        return state;
    }
}
