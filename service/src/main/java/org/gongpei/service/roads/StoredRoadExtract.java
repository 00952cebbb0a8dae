package org.gongpei.service.roads;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A large OpenStreetMap extract registered from the extract directory, to cut counties' networks from. */
@Entity
@Table(name = "road_extract")
public class StoredRoadExtract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The file, relative to {@code gongpei.roads.extract-dir}. */
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
}
