package org.gongpei.service.county;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A township hub (designated or candidate), as stored. */
@Entity
@Table(name = "hub")
public class Hub extends CountyPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "township_id")
    public Township township;

    public double lat;
    public double lon;
    public boolean designated;
    @Column(name = "cold_storage")
    public boolean coldStorage;
    @Column(name = "capacity_parcels_per_day")
    public Integer capacityParcelsPerDay;
}
