package org.gongpei.service.roads;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * An uploaded road network of a county as stored: the OpenStreetMap file (by content hash, under the graph
 * directory), its import job and, once done, the graph and the road check of the county's villages.
 */
@Entity
@Table(name = "road_network")
public class StoredRoadNetwork implements JobRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "county_code")
    public String countyCode;

    @Embedded
    public JobState state = new JobState();

    @Column(name = "source_name")
    public String sourceName;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    @Column(name = "content_sha256")
    public String contentSha256;
    /** The OSM file, relative to the graph directory. */
    @Column(name = "osm_file")
    public String osmFile;
    /** The registered extract a cut is made from; null for an upload. */
    @Column(name = "extract_id")
    public Long extractId;
    @Column(name = "buffer_metres")
    public Double bufferMetres;
    @Column(name = "graph_hash")
    public String graphHash;
    public Integer nodes;
    public Integer edges;
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "road_check")
    public String roadCheck;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public JobState jobState() {
        return state;
    }
}
